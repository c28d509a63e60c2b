using System.Globalization;
using System.Text;
using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Privacy;

namespace MentorFlows.Workflows.Year;

/// <summary>
/// The deterministic instance ids of the scheme's orchestrations (docs/workflows.md): a repeated command finds the
/// instance it started before. No id holds a student id: per-person instances are named by pseudonym, matches by
/// their opaque match id. Ids use only characters Azure Storage and Tables accept in keys.
/// </summary>
public static class InstanceIds
{
    /// <summary>The scheme-level monthly check-in rounds and end-of-year closure.</summary>
    public const string CheckInRounds = "checkin-rounds";

    /// <summary>The scheme-level final erasure after closure + retention.</summary>
    public const string Retention = "retention";

    /// <summary><c>cohort-{file name, reduced to safe characters}-{first 16 hex of the content's SHA-256}</c>.</summary>
    public static string CohortUpload(string fileName, string contentSha256Hex)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentException.ThrowIfNullOrEmpty(contentSha256Hex);
        var name = new StringBuilder();
        foreach (var c in Path.GetFileName(fileName))
        {
            if (name.Length == 40)
            {
                break;
            }

            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        return string.Create(CultureInfo.InvariantCulture, $"cohort-{(name.Length == 0 ? "upload" : name.ToString())}-{contentSha256Hex[..16].ToLowerInvariant()}");
    }

    public static string Match(string matchId) => "match-" + matchId;

    public static string Concern(ConcernReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return "concern-" + reference.Value;
    }

    /// <summary>A student's leaving (opt-out, resignation, removal) and the erasure that follows it.</summary>
    public static string Leaving(StudentPseudonyms pseudonyms, string studentId)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        return "optout-" + pseudonyms.Of(studentId);
    }

    /// <summary>The weekly reminders to the coordinator while mentees wait for an uncleared mentor.</summary>
    public static string ClearanceReminders(StudentPseudonyms pseudonyms, string mentorId)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        return "clearance-" + pseudonyms.Of(mentorId);
    }

    /// <summary>A re-matching after a mentor was cleared.</summary>
    public static string RematchAfterClearance(StudentPseudonyms pseudonyms, string mentorId)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        return "rematch-cleared-" + pseudonyms.Of(mentorId);
    }

    /// <summary>A re-matching after a mentor left (resigned or removed).</summary>
    public static string RematchAfterLeaving(StudentPseudonyms pseudonyms, string mentorId)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        return "rematch-left-" + pseudonyms.Of(mentorId);
    }

    /// <summary>A re-matching after a match was dissolved.</summary>
    public static string RematchAfterDissolution(string matchId) => "rematch-dissolved-" + matchId;

    /// <summary>A re-matching after cohort upload <paramref name="uploadId"/> ended matches it left breaking a hard rule.</summary>
    public static string RematchAfterCorrection(string uploadId) => "rematch-corrected-" + uploadId;
}
