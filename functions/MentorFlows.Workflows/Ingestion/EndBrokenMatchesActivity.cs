using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Ingestion;

/// <summary>
/// After a cohort upload's records are applied, ends every current match the corrected records leave breaking a hard
/// rule (<see cref="HardRules.AllowPair"/>: School, under-18, at-risk, conflict of interest) and, per mentor, the most
/// recently made matches above a reduced capacity (<see cref="HardRules.CapacityOf"/>; later match time first, then
/// match id, so the choice is deterministic). Ended with <see cref="MatchEndReason.HardRuleBroken"/> (not a
/// dissolution: the pair is not excluded for ever) and a timeline entry; the mentees join the waiting list so the
/// re-matching takes them first. Returns the ended match ids, in match id order.
/// Idempotent (activities run at least once): each ended match records the upload id (<see cref="MatchRecord.EndedBy"/>),
/// so a retry after a failure part-way (some matches ended, their mentees not yet waiting, nothing returned) finds
/// them again, returns the same set and completes the timeline and the waiting list without duplicates.
/// </summary>
public sealed class EndBrokenMatchesActivity : IActivity<ApplyCohortUploadInput, IReadOnlyList<string>>
{
    private readonly SchemeYear _year;
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly MatchingGate _gate;
    private readonly SchemeTimeline _timeline;

    public EndBrokenMatchesActivity(SchemeYear year, IParticipantStore participants, IMatchStore matches, MatchingGate gate, SchemeTimeline timeline)
    {
        _year = year;
        _participants = participants;
        _matches = matches;
        _gate = gate;
        _timeline = timeline;
    }

    public Task<IReadOnlyList<string>> RunAsync(IActivityContext context, ApplyCohortUploadInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _gate.RunAsync(() => EndAsync(input, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<string>> EndAsync(ApplyCohortUploadInput input, CancellationToken cancellationToken)
    {
        var at = UtcInstants.AsUtc(input.AtUtc);
        var current = await _matches.ListCurrentAsync(cancellationToken).ConfigureAwait(false);
        var people = (await _participants.GetManyAsync([.. current.SelectMany(m => new[] { m.MenteeId, m.MentorId }).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.StudentId, StringComparer.Ordinal);
        var dissolved = (await _matches.ListExcludedPairsAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var broken = current
            .Where(m => people.TryGetValue(m.MenteeId, out var mentee) && people.TryGetValue(m.MentorId, out var mentor)
                && !HardRules.AllowPair(mentee.Person, mentor.Person, _year.Scheme.Start, dissolved))
            .ToList();
        var overCapacity = current.Except(broken)
            .GroupBy(m => m.MentorId, StringComparer.Ordinal)
            .Where(g => people.ContainsKey(g.Key))
            .SelectMany(g => g.OrderByDescending(m => m.MatchedAtUtc).ThenByDescending(m => m.MatchId, StringComparer.Ordinal)
                .Take(Math.Max(0, g.Count() - HardRules.CapacityOf(people[g.Key].Person, _year.Scheme.DefaultMentorCapacity))));
        var toEnd = broken.Concat(overCapacity).OrderBy(m => m.MatchId, StringComparer.Ordinal).ToList();

        foreach (var match in toEnd)
        {
            await _matches.UpdateAsync(match with { Status = MatchStatus.Ended, EndReason = MatchEndReason.HardRuleBroken, EndedAtUtc = at, EndedBy = input.UploadId }, cancellationToken)
                .ConfigureAwait(false);
        }

        // Everything below is done again for every match this upload ended, in this run or in an earlier attempt that
        // failed part-way: the timeline entry and the waiting-list place are idempotent.
        var ended = (await _matches.ListEndedByAsync(input.UploadId, cancellationToken).ConfigureAwait(false))
            .Where(m => m.EndReason == MatchEndReason.HardRuleBroken)
            .ToList();
        foreach (var match in ended)
        {
            await _timeline.RecordAsync(TimelineEventKind.MatchEnded, match.MatchId, match.EndedAtUtc ?? at, cancellationToken, discriminator: MatchEndReason.HardRuleBroken.ToString(),
                details: new Dictionary<string, string> { ["reason"] = MatchEndReason.HardRuleBroken.ToString() }).ConfigureAwait(false);
        }

        var stillMatched = current.Except(toEnd).Select(m => m.MenteeId).ToHashSet(StringComparer.Ordinal);
        await JoinWaitingListAsync([.. ended.Where(m => !stillMatched.Contains(m.MenteeId))], at, cancellationToken).ConfigureAwait(false);
        return [.. ended.Select(m => m.MatchId)];
    }

    /// <summary>
    /// The mentees wait from the end of their match, so the re-matching takes them before this upload's newcomers.
    /// Idempotent: a mentee already waiting keeps their place (and since when they wait). A mentee who has a current
    /// match again (a late duplicate run after the re-matching) is left off.
    /// </summary>
    private async Task JoinWaitingListAsync(IReadOnlyList<MatchRecord> ended, DateTime at, CancellationToken cancellationToken)
    {
        var waiting = (await _matches.ListWaitingAsync(cancellationToken).ConfigureAwait(false)).ToList();
        var joining = ended
            .Where(m => waiting.TrueForAll(w => w.MenteeId != m.MenteeId))
            .DistinctBy(m => m.MenteeId, StringComparer.Ordinal)
            .Select(m => new WaitingMentee(m.MenteeId, m.School, UnmatchedReason.PlacesTaken, "Their match ended: a corrected cohort file broke a matching rule.", m.EndedAtUtc ?? at))
            .ToList();
        if (joining.Count == 0)
        {
            return;
        }

        await _matches.ReplaceWaitingAsync([.. waiting, .. joining], cancellationToken).ConfigureAwait(false);
    }
}
