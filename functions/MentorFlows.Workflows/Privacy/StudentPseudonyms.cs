using System.Security.Cryptography;
using System.Text;

namespace MentorFlows.Workflows.Privacy;

/// <summary>
/// Keyed, one-way names for students and matches (HMAC-SHA256 with the scheme's secret pseudonym key, truncated to
/// 128 bits, lower-case hex). Workflow instance ids, match ids, erasure receipts and the departure register use them
/// instead of student ids: without the key nobody can tell whose they are (an unkeyed hash of a short student number
/// could be reversed by trying every number); with it the scheme finds its own records again. Deterministic, so a
/// retried activity or a replay computes the same name. Each use has its own label, so the names of one student in
/// different places cannot be linked without the key either.
/// </summary>
public sealed class StudentPseudonyms
{
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public StudentPseudonyms(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The pseudonym key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>The student's pseudonym: per-person instance ids and the departure register.</summary>
    public string Of(string studentId) => Hash("student", studentId);

    /// <summary>The opaque id of the match of <paramref name="menteeId"/> with <paramref name="mentorId"/> (a pair is matched at most once a year).</summary>
    public string MatchId(string menteeId, string mentorId) => Hash("match", menteeId, mentorId);

    /// <summary>The id of the erasure receipt of <paramref name="studentId"/>.</summary>
    public string ReceiptId(string studentId) => "er-" + Hash("receipt", studentId);

    /// <summary>What stands for the student in the ids of their timeline entries once they are erased (<see cref="Timeline.TimelineErasure"/>).</summary>
    public string ErasedTimelineKey(string studentId) => "erased-" + Hash("timeline", studentId);

    private string Hash(string label, params ReadOnlySpan<string> parts)
    {
        var text = new StringBuilder(label);
        foreach (var part in parts)
        {
            ArgumentException.ThrowIfNullOrEmpty(part);

            // Unit separator: cannot occur in ids, so ("a", "bc") and ("ab", "c") differ.
            text.Append('\u001f').Append(part);
        }

        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(mac, 0, 16);
    }
}
