using Microsoft.Extensions.Logging;

namespace MentorFlows.SendGrid.Tests.Support;

internal sealed record CapturedLog(string Category, LogLevel Level, string Message, string Values, string? Exception)
{
    public string FullText => $"{Category} {Level} {Message} | {Values} | {Exception}";
}
