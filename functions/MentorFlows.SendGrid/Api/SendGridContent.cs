namespace MentorFlows.SendGrid.Api;

/// <summary>One body part: <see cref="Type"/> is a MIME type (<see cref="PlainText"/> or <see cref="Html"/>).</summary>
public sealed record SendGridContent(string Type, string Value)
{
    public const string PlainText = "text/plain";

    public const string Html = "text/html";

    public override string ToString() => $"SendGridContent {{ Type = {Type}, Length = {Value.Length} }}";
}
