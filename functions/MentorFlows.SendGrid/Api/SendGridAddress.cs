namespace MentorFlows.SendGrid.Api;

/// <summary>An address object of the v3 API (<c>{"email": ..., "name": ...}</c>). Personal data: <see cref="ToString"/> redacts it.</summary>
public sealed record SendGridAddress(string Email, string? Name = null)
{
    public override string ToString() => "SendGridAddress { (redacted) }";
}
