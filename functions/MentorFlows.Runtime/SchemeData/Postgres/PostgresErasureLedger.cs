using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Stores;
using Npgsql;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// <see cref="IErasureLedger"/> on tables <c>erasure_receipts</c> and <c>school_statistics</c>: one statement inserts
/// the receipt and, only if it was new, adds the tally to its School's row (a data-modifying WITH runs whole, once).
/// Nothing personal.
/// </summary>
public sealed class PostgresErasureLedger : IErasureLedger
{
    private const string ReceiptColumns = "receipt_id, erased_at, reason, role, school, participant, matches, check_in_answers, concerns, email_copies, workflow_histories, survey_answers";
    private const string TallyColumns = "school, mentees, mentors, matched_mentees, opted_out, resigned, removed, check_in_answers, meetings_reported";
    private readonly PostgresSchemeDatabase _database;

    public PostgresErasureLedger(PostgresSchemeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public async Task<bool> RecordAsync(ErasureReceipt receipt, SchoolTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(tally);
        var recorded = await _database.CountAsync(
            $$"""
            WITH receipt AS (
                INSERT INTO {s}.erasure_receipts ({{ReceiptColumns}})
                VALUES (@id, @at, @reason, @role, @receipt_school, @participant, @matches, @answers, @concerns, @copies, @histories, @surveys)
                ON CONFLICT (receipt_id) DO NOTHING
                RETURNING 1),
            tally AS (
                INSERT INTO {s}.school_statistics ({{TallyColumns}})
                SELECT @school, @mentees, @mentors, @matched, @opted_out, @resigned, @removed, @check_ins, @meetings FROM receipt
                ON CONFLICT (school) DO UPDATE SET
                    mentees = school_statistics.mentees + EXCLUDED.mentees,
                    mentors = school_statistics.mentors + EXCLUDED.mentors,
                    matched_mentees = school_statistics.matched_mentees + EXCLUDED.matched_mentees,
                    opted_out = school_statistics.opted_out + EXCLUDED.opted_out,
                    resigned = school_statistics.resigned + EXCLUDED.resigned,
                    removed = school_statistics.removed + EXCLUDED.removed,
                    check_in_answers = school_statistics.check_in_answers + EXCLUDED.check_in_answers,
                    meetings_reported = school_statistics.meetings_reported + EXCLUDED.meetings_reported
                RETURNING 1)
            SELECT count(*) FROM receipt
            """,
            cancellationToken,
            p => Bind(p, receipt, tally));
        return recorded == 1;
    }

    public async Task<IReadOnlyList<ErasureReceipt>> ListReceiptsAsync(CancellationToken cancellationToken) =>
        await _database.QueryAsync($"SELECT {ReceiptColumns} FROM {{s}}.erasure_receipts ORDER BY erased_at, receipt_id", null, ReadReceipt, cancellationToken);

    public async Task<IReadOnlyList<SchoolTally>> ListStatisticsAsync(CancellationToken cancellationToken) =>
        await _database.QueryAsync($"SELECT {TallyColumns} FROM {{s}}.school_statistics ORDER BY school", null, ReadTally, cancellationToken);

    private static void Bind(NpgsqlParameterCollection p, ErasureReceipt receipt, SchoolTally tally)
    {
        p.AddWithValue("id", receipt.ReceiptId);
        p.AddWithValue("at", receipt.ErasedAtUtc);
        p.AddWithValue("reason", receipt.Reason.ToString());
        p.AddWithValue("role", receipt.Role.ToString());
        p.AddWithValue("receipt_school", receipt.School);
        p.AddWithValue("participant", receipt.Erased.Participant);
        p.AddWithValue("matches", receipt.Erased.Matches);
        p.AddWithValue("answers", receipt.Erased.CheckInAnswers);
        p.AddWithValue("concerns", receipt.Erased.Concerns);
        p.AddWithValue("copies", receipt.Erased.EmailCopies);
        p.AddWithValue("histories", receipt.Erased.WorkflowHistories);
        p.AddWithValue("surveys", receipt.Erased.SurveyAnswers);
        p.AddWithValue("school", tally.School);
        p.AddWithValue("mentees", tally.Mentees);
        p.AddWithValue("mentors", tally.Mentors);
        p.AddWithValue("matched", tally.MatchedMentees);
        p.AddWithValue("opted_out", tally.OptedOut);
        p.AddWithValue("resigned", tally.Resigned);
        p.AddWithValue("removed", tally.Removed);
        p.AddWithValue("check_ins", tally.CheckInAnswers);
        p.AddWithValue("meetings", tally.MeetingsReported);
    }

    private static ErasureReceipt ReadReceipt(NpgsqlDataReader r) => new(
        r.GetString(0),
        r.GetFieldValue<DateTime>(1),
        Enum.Parse<ErasureReason>(r.GetString(2)),
        Enum.Parse<ParticipantRole>(r.GetString(3)),
        r.GetString(4),
        new ErasedRecordCounts(r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11)));

    private static SchoolTally ReadTally(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8));
}
