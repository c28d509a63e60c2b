namespace MentorFlows.SendGrid.Api;

/// <summary>SendGrid's error body: <c>{"errors": [{"message", "field", "help"}]}</c>.</summary>
public sealed record SendGridErrorResponse(IReadOnlyList<SendGridError>? Errors);
