using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Retention;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Retention;

/// <summary>
/// Erases one participant's personal data from every store (DOMAIN.md "GDPR deletion timer"): check-in answers of
/// their matches, survey answers they gave or that are about them, the matches, excluded pairs and waiting entries naming them, their part of every concern (and its
/// text), the copies of every email naming them, their id in every timeline entry, the finished workflow histories of their matches, and their
/// participant record; it leaves an anonymous <see cref="ErasureReceipt"/> and adds their share to their School's
/// anonymous <see cref="SchoolTally"/>. Whether it may erase now is not its to decide: it asks Domain's
/// <see cref="RetentionPolicy"/> (through <see cref="RetentionCheck"/>) and erases only on
/// <see cref="RetentionStatus.EraseNow"/>; not yet due, or held while a concern involving them is open, it erases
/// nothing. Which period ran out is read from the record (left early or not). Idempotent and retry-safe: the
/// participant record goes last, so a retry after a crash finds them and finishes the job; the receipt is written
/// once (a retried erasure's receipt may count fewer records than were erased).
/// </summary>
public sealed class ParticipantEraser
{
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly ICheckInStore _checkIns;
    private readonly ISurveyStore _surveys;
    private readonly IConcernStore _concerns;
    private readonly ISentEmailStore _emails;
    private readonly IErasureLedger _ledger;
    private readonly IOrchestrationClient _client;
    private readonly StudentPseudonyms _pseudonyms;
    private readonly SchemeTimeline _timeline;
    private readonly RetentionCheck _retention;

    public ParticipantEraser(
        IParticipantStore participants,
        IMatchStore matches,
        ICheckInStore checkIns,
        ISurveyStore surveys,
        IConcernStore concerns,
        ISentEmailStore emails,
        IErasureLedger ledger,
        IOrchestrationClient client,
        StudentPseudonyms pseudonyms,
        SchemeTimeline timeline,
        RetentionCheck retention)
    {
        _participants = participants;
        _matches = matches;
        _checkIns = checkIns;
        _surveys = surveys;
        _concerns = concerns;
        _emails = emails;
        _ledger = ledger;
        _client = client;
        _pseudonyms = pseudonyms;
        _timeline = timeline;
        _retention = retention;
    }

    /// <param name="atUtc">The time of the erasure (UTC): the retention policy is asked at this time.</param>
    public async Task<ErasureOutcome> EraseAsync(string studentId, DateTime atUtc, CancellationToken cancellationToken)
    {
        var record = await _participants.GetAsync(studentId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return ErasureOutcome.AlreadyErased;
        }

        var decision = await _retention.DecideAsync(record, atUtc, cancellationToken).ConfigureAwait(false);
        switch (decision.Status)
        {
            case RetentionStatus.Keep:
                return ErasureOutcome.NotDue;
            case RetentionStatus.HeldByOpenConcern:
                var heldBy = decision.HeldBy.Select(reference => reference.Value).ToList();
                await _timeline.RecordAsync(TimelineEventKind.ErasureHeld, studentId, atUtc, cancellationToken, discriminator: string.Join(',', heldBy),
                    details: new Dictionary<string, string> { ["heldBy"] = string.Join(' ', heldBy) }).ConfigureAwait(false);
                return ErasureOutcome.Held;
        }

        var reason = record.LeftAtUtc is null ? ErasureReason.SchemeEnded : ErasureReason.LeftEarly;
        var matches = await _matches.ListForStudentAsync(studentId, cancellationToken).ConfigureAwait(false);
        var tally = await TallyAsync(record, matches, cancellationToken).ConfigureAwait(false);
        var answers = 0;
        var histories = 0;
        foreach (var match in matches)
        {
            answers += await _checkIns.EraseMatchAsync(match.MatchId, cancellationToken).ConfigureAwait(false);
            histories += (await _client.PurgeInstanceAsync(InstanceIds.Match(match.MatchId), cancellationToken).ConfigureAwait(false)).PurgedInstanceCount;
            histories += (await _client.PurgeInstanceAsync(InstanceIds.RematchAfterDissolution(match.MatchId), cancellationToken).ConfigureAwait(false)).PurgedInstanceCount;
        }

        var surveyAnswers = await _surveys.EraseStudentAsync(studentId, cancellationToken).ConfigureAwait(false);
        var matchRecords = await _matches.EraseStudentAsync(studentId, cancellationToken).ConfigureAwait(false);
        var concerns = await _concerns.EraseStudentAsync(studentId, cancellationToken).ConfigureAwait(false);
        var emails = await _emails.EraseStudentAsync(studentId, cancellationToken).ConfigureAwait(false);
        histories += (await _client.PurgeInstanceAsync(InstanceIds.RematchAfterClearance(_pseudonyms, studentId), cancellationToken).ConfigureAwait(false)).PurgedInstanceCount;
        histories += (await _client.PurgeInstanceAsync(InstanceIds.RematchAfterLeaving(_pseudonyms, studentId), cancellationToken).ConfigureAwait(false)).PurgedInstanceCount;
        histories += (await _client.PurgeInstanceAsync(InstanceIds.ClearanceReminders(_pseudonyms, studentId), cancellationToken).ConfigureAwait(false)).PurgedInstanceCount;

        var receipt = new ErasureReceipt(
            _pseudonyms.ReceiptId(studentId),
            UtcInstants.AsUtc(atUtc),
            reason,
            record.Person.Role,
            record.Person.School,
            new ErasedRecordCounts(1, matchRecords, answers, concerns, emails, histories, surveyAnswers));
        await _ledger.RecordAsync(receipt, tally, cancellationToken).ConfigureAwait(false);
        await _timeline.EraseStudentAsync(studentId, _pseudonyms.ErasedTimelineKey(studentId), cancellationToken).ConfigureAwait(false);
        await _participants.EraseAsync(studentId, cancellationToken).ConfigureAwait(false);
        await _timeline.RecordAsync(TimelineEventKind.ParticipantErased, receipt.ReceiptId, atUtc, cancellationToken, discriminator: "erased",
            details: new Dictionary<string, string> { ["reason"] = reason.ToString(), ["role"] = record.Person.Role.ToString() }).ConfigureAwait(false);
        return ErasureOutcome.Erased;
    }

    /// <summary>The participant's anonymous share of their School's statistics.</summary>
    private async Task<SchoolTally> TallyAsync(ParticipantRecord record, IReadOnlyList<MatchRecord> matches, CancellationToken cancellationToken)
    {
        // A pair's answers are erased with the first of the two to go, so they are counted then, both sides: the
        // pair is in one School, so the School's totals come out right whichever goes first.
        var isMentee = record.Person.Role == ParticipantRole.Mentee;
        var answers = 0;
        var met = 0;
        foreach (var match in matches)
        {
            foreach (var answer in await _checkIns.ListForMatchAsync(match.MatchId, cancellationToken).ConfigureAwait(false))
            {
                answers++;
                met += answer.Met ? 1 : 0;
            }
        }

        return new SchoolTally(
            record.Person.School,
            Mentees: isMentee ? 1 : 0,
            Mentors: isMentee ? 0 : 1,
            MatchedMentees: isMentee && record.FirstMatchedAtUtc is not null ? 1 : 0,
            OptedOut: record.Status == ParticipantStatus.OptedOut ? 1 : 0,
            Resigned: record.Status == ParticipantStatus.Resigned ? 1 : 0,
            Removed: record.Status == ParticipantStatus.Removed ? 1 : 0,
            CheckInAnswers: answers,
            MeetingsReported: met);
    }
}
