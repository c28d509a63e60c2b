namespace MentorFlows.SendGrid.Api;

/// <summary>A switch in <c>mail_settings</c>: <c>{"enable": true}</c>.</summary>
public sealed record SendGridSetting(bool Enable);
