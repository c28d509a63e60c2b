using System.Globalization;

namespace MentorFlows.SendGrid.Tests.Support;

/// <summary>What the fake SendGrid server answers to one request.</summary>
internal sealed record ScriptedResponse(int StatusCode, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ScriptedResponse Accepted(string messageId) => new(202, Headers: new Dictionary<string, string> { ["X-Message-Id"] = messageId });

    public static ScriptedResponse TooManyRequests() => new(429, """{"errors":[{"message":"too many requests"}]}""");

    public static ScriptedResponse TooManyRequests(TimeSpan retryAfter) =>
        new(429, """{"errors":[{"message":"too many requests"}]}""", new Dictionary<string, string> { ["Retry-After"] = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture) });

    public static ScriptedResponse TooManyRequestsUntil(DateTimeOffset when) =>
        new(429, Headers: new Dictionary<string, string> { ["Retry-After"] = when.ToString("R", CultureInfo.InvariantCulture) });

    public static ScriptedResponse Error(int statusCode, string body) => new(statusCode, body);
}
