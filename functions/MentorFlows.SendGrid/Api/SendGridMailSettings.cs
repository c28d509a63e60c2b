namespace MentorFlows.SendGrid.Api;

/// <summary><c>mail_settings</c>: only sandbox mode is used (SendGrid validates the request, answers 200 and delivers nothing).</summary>
public sealed record SendGridMailSettings(SendGridSetting? SandboxMode);
