using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Leaving;

/// <summary>
/// Records that a student left (DOMAIN.md "Opt-out"): their status, the time, their pseudonym in the departure
/// register (so a re-upload does not enrol them again), and the end of their current matches. From here on the send
/// activities skip every email to them but the confirmation. Idempotent: a retry finds the matches it ended (same
/// reason and time) and reports them again.
/// </summary>
public sealed class RecordLeavingActivity : IActivity<RecordLeavingInput, LeavingRecorded>
{
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly IDepartureRegister _departures;
    private readonly StudentPseudonyms _pseudonyms;
    private readonly MatchingGate _gate;
    private readonly SchemeTimeline _timeline;

    public RecordLeavingActivity(
        IParticipantStore participants,
        IMatchStore matches,
        IDepartureRegister departures,
        StudentPseudonyms pseudonyms,
        MatchingGate gate,
        SchemeTimeline timeline)
    {
        _participants = participants;
        _matches = matches;
        _departures = departures;
        _pseudonyms = pseudonyms;
        _gate = gate;
        _timeline = timeline;
    }

    public async Task<LeavingRecorded> RunAsync(IActivityContext context, RecordLeavingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = await _participants.GetAsync(input.StudentId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return new LeavingRecorded(null, [], null);
        }

        var leftAt = UtcInstants.AsUtc(input.LeftAtUtc);
        var isMentor = record.Person.Role == ParticipantRole.Mentor;
        var endReason = (input.Reason, isMentor) switch
        {
            (LeaveReason.Removed, true) => MatchEndReason.MentorRemoved,
            (LeaveReason.Removed, false) => MatchEndReason.MenteeRemoved,
            (_, true) => MatchEndReason.MentorResigned,
            _ => MatchEndReason.MenteeOptedOut,
        };
        await _departures.AddAsync(_pseudonyms.Of(input.StudentId), cancellationToken).ConfigureAwait(false);
        var ended = new List<string>();
        foreach (var match in await _matches.ListForStudentAsync(input.StudentId, cancellationToken).ConfigureAwait(false))
        {
            if (match.IsCurrent)
            {
                await _matches.UpdateAsync(match with { Status = MatchStatus.Ended, EndReason = endReason, EndedAtUtc = leftAt }, cancellationToken).ConfigureAwait(false);
                ended.Add(match.MatchId);
            }
            else if (match.EndReason == endReason && match.EndedAtUtc == leftAt)
            {
                ended.Add(match.MatchId);
            }
        }

        await _gate.RunAsync(() => LeaveWaitingListAsync(input.StudentId, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (record.IsActive)
        {
            var status = input.Reason switch
            {
                LeaveReason.Removed => ParticipantStatus.Removed,
                _ when isMentor => ParticipantStatus.Resigned,
                _ => ParticipantStatus.OptedOut,
            };
            await _participants.SaveAsync([record with { Status = status, LeftAtUtc = leftAt }], cancellationToken).ConfigureAwait(false);
        }

        var kind = input.Reason switch
        {
            LeaveReason.Removed => TimelineEventKind.MemberRemoved,
            _ when isMentor => TimelineEventKind.MentorResigned,
            _ => TimelineEventKind.OptedOut,
        };
        await _timeline.RecordAsync(kind, input.StudentId, leftAt, cancellationToken, discriminator: "left").ConfigureAwait(false);
        foreach (var matchId in ended)
        {
            await _timeline.RecordAsync(TimelineEventKind.MatchEnded, matchId, leftAt, cancellationToken, discriminator: endReason.ToString(),
                details: new Dictionary<string, string> { ["reason"] = endReason.ToString() }).ConfigureAwait(false);
        }

        var rematch = isMentor && ended.Count > 0 ? InstanceIds.RematchAfterLeaving(_pseudonyms, input.StudentId) : null;
        return new LeavingRecorded(record.Person.Role, ended, rematch);
    }

    /// <summary>A leaver no longer waits for a mentor (nor counts in the clearance reminders).</summary>
    private async Task<bool> LeaveWaitingListAsync(string studentId, CancellationToken cancellationToken)
    {
        var waiting = await _matches.ListWaitingAsync(cancellationToken).ConfigureAwait(false);
        if (waiting.All(w => w.MenteeId != studentId))
        {
            return false;
        }

        await _matches.ReplaceWaitingAsync([.. waiting.Where(w => w.MenteeId != studentId)], cancellationToken).ConfigureAwait(false);
        return true;
    }
}
