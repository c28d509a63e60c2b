using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Stores;
using Npgsql;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>Rows of <c>matches</c> and <c>waiting</c>.</summary>
internal static class MatchRows
{
    public const string Columns = "match_id, mentee_id, mentor_id, school, score, reasons, matched_at, batch_id, status, end_reason, ended_at, ended_by";

    public const string WaitingColumns = "mentee_id, school, reason, explanation, since";

    public static void Bind(NpgsqlParameterCollection parameters, MatchRecord match)
    {
        parameters.AddWithValue("match_id", match.MatchId);
        parameters.AddWithValue("mentee_id", match.MenteeId);
        parameters.AddWithValue("mentor_id", match.MentorId);
        parameters.AddWithValue("school", match.School);
        parameters.AddWithValue("score", match.Score);
        parameters.AddWithValue("reasons", match.Reasons.ToArray());
        parameters.AddWithValue("matched_at", match.MatchedAtUtc);
        parameters.AddWithValue("batch_id", match.BatchId);
        parameters.AddWithValue("status", match.Status.ToString());
        parameters.AddWithValue("end_reason", match.EndReason is { } reason ? reason.ToString() : DBNull.Value);
        parameters.AddWithValue("ended_at", (object?)match.EndedAtUtc ?? DBNull.Value);
        parameters.AddWithValue("ended_by", (object?)match.EndedBy ?? DBNull.Value);
    }

    public static MatchRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetInt32(4),
        reader.GetFieldValue<string[]>(5),
        reader.GetFieldValue<DateTime>(6),
        reader.GetString(7),
        Enum.Parse<MatchStatus>(reader.GetString(8)),
        reader.IsDBNull(9) ? null : Enum.Parse<MatchEndReason>(reader.GetString(9)),
        reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTime>(10),
        reader.IsDBNull(11) ? null : reader.GetString(11));

    public static void BindWaiting(NpgsqlParameterCollection parameters, (WaitingMentee Entry, int Position) waiting)
    {
        parameters.AddWithValue("position", waiting.Position);
        parameters.AddWithValue("mentee_id", waiting.Entry.MenteeId);
        parameters.AddWithValue("school", waiting.Entry.School);
        parameters.AddWithValue("reason", waiting.Entry.Reason.ToString());
        parameters.AddWithValue("explanation", waiting.Entry.Explanation);
        parameters.AddWithValue("since", waiting.Entry.SinceUtc);
    }

    public static WaitingMentee ReadWaiting(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Enum.Parse<UnmatchedReason>(reader.GetString(2)),
        reader.GetString(3),
        reader.GetFieldValue<DateTime>(4));
}
