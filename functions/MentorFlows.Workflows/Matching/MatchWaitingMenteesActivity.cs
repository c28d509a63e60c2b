using System.Globalization;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Matching;

/// <summary>
/// Matches every active mentee without a current match to an active mentor (DOMAIN.md "Matching", Domain's
/// <see cref="MentorMatcher"/>): current matches stay and use their places, dissolved pairs are excluded, mentees on
/// the waiting list go first. Stores the new matches under the run's batch id and the new waiting list with reasons.
/// Idempotent: a run whose batch already has matches returns them without matching again.
/// </summary>
public sealed class MatchWaitingMenteesActivity : IActivity<MatchingInput, MatchingResult>
{
    private readonly SchemeYear _year;
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly StudentPseudonyms _pseudonyms;
    private readonly MatchingGate _gate;
    private readonly IMatchingJournal _journal;
    private readonly SchemeTimeline _timeline;

    public MatchWaitingMenteesActivity(
        SchemeYear year,
        IParticipantStore participants,
        IMatchStore matches,
        StudentPseudonyms pseudonyms,
        MatchingGate gate,
        IMatchingJournal journal,
        SchemeTimeline timeline)
    {
        _year = year;
        _participants = participants;
        _matches = matches;
        _pseudonyms = pseudonyms;
        _gate = gate;
        _journal = journal;
        _timeline = timeline;
    }

    public Task<MatchingResult> RunAsync(IActivityContext context, MatchingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _gate.RunAsync(() => MatchAsync(input, cancellationToken), cancellationToken);
    }

    private async Task<MatchingResult> MatchAsync(MatchingInput input, CancellationToken cancellationToken)
    {
        var done = await _matches.ListByBatchAsync(input.BatchId, cancellationToken).ConfigureAwait(false);
        if (done.Count > 0)
        {
            return new MatchingResult(done.Count, (await _matches.ListWaitingAsync(cancellationToken).ConfigureAwait(false)).Count);
        }

        var at = UtcInstants.AsUtc(input.AtUtc);
        var records = (await _participants.ListAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.IsActive).ToDictionary(p => p.StudentId, StringComparer.Ordinal);
        var active = records.Values.Select(p => p.Person).ToList();
        var current = await _matches.ListCurrentAsync(cancellationToken).ConfigureAwait(false);
        var waiting = (await _matches.ListWaitingAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(w => w.MenteeId, StringComparer.Ordinal);
        var result = MentorMatcher.Match(new MatchRequest
        {
            Mentees = [.. active.Where(p => p.Role == ParticipantRole.Mentee)],
            Mentors = [.. active.Where(p => p.Role == ParticipantRole.Mentor)],
            SchemeStart = _year.Scheme.Start,
            DefaultMentorCapacity = _year.Scheme.DefaultMentorCapacity,
            ExistingMatches = [.. current.Select(m => new MatchPair(m.MenteeId, m.MentorId))],
            ExcludedPairs = await _matches.ListExcludedPairsAsync(cancellationToken).ConfigureAwait(false),
            WaitingMenteeIds = waiting.Keys,
        });

        var made = result.Matches.Select(m => new MatchRecord(
            _pseudonyms.MatchId(m.MenteeId, m.MentorId), m.MenteeId, m.MentorId, m.School, m.Score, m.Reasons, at, input.BatchId)).ToList();
        var stillWaiting = result.Unmatched.Select(u => new WaitingMentee(
            u.MenteeId, u.School, u.Reason, u.Explanation, waiting.TryGetValue(u.MenteeId, out var before) ? before.SinceUtc : at)).ToList();

        await _matches.AddAsync(made, cancellationToken).ConfigureAwait(false);
        await _participants.SaveAsync(
            [.. made.Select(m => records[m.MenteeId]).Where(r => r.FirstMatchedAtUtc is null).Select(r => r with { FirstMatchedAtUtc = at })], cancellationToken).ConfigureAwait(false);
        await _matches.ReplaceWaitingAsync(stillWaiting, cancellationToken).ConfigureAwait(false);
        foreach (var match in made)
        {
            _journal.Matched(match);
            await _timeline.RecordAsync(TimelineEventKind.MatchCreated, match.MatchId, at, cancellationToken, discriminator: input.BatchId,
                details: new Dictionary<string, string>
                {
                    ["menteeId"] = match.MenteeId,
                    ["mentorId"] = match.MentorId,
                    ["score"] = match.Score.ToString(CultureInfo.InvariantCulture),
                }).ConfigureAwait(false);
        }

        foreach (var mentee in stillWaiting)
        {
            _journal.Waiting(mentee);
            await _timeline.RecordAsync(TimelineEventKind.MenteeWaiting, mentee.MenteeId, at, cancellationToken, discriminator: input.BatchId,
                details: new Dictionary<string, string> { ["reason"] = mentee.Reason.ToString() }).ConfigureAwait(false);
        }

        return new MatchingResult(made.Count, stillWaiting.Count);
    }
}
