using System.Globalization;

namespace MentorFlows.Workflows.Links;

/// <summary>
/// The scope of a <see cref="LinkPurpose.CheckInResponse"/> link: which pair (by its mentee) and which check-in round
/// the answer is about, written <c>{menteeId}/{round}</c>. The responding student is the link's student.
/// </summary>
public sealed record CheckInResponseScope(string MenteeId, int Round)
{
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{MenteeId}/{Round}");

    public static bool TryParse(string? scope, out CheckInResponseScope? result)
    {
        result = null;
        var slash = scope?.LastIndexOf('/') ?? -1;
        if (scope is null || slash <= 0
            || !int.TryParse(scope.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var round) || round < 1)
        {
            return false;
        }

        result = new CheckInResponseScope(scope[..slash], round);
        return true;
    }
}
