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
/// re-matching takes them first. Returns the ended match ids (a retry returns the ones this upload ended before).
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
            await _matches.UpdateAsync(match with { Status = MatchStatus.Ended, EndReason = MatchEndReason.HardRuleBroken, EndedAtUtc = at }, cancellationToken).ConfigureAwait(false);
            await _timeline.RecordAsync(TimelineEventKind.MatchEnded, match.MatchId, at, cancellationToken, discriminator: MatchEndReason.HardRuleBroken.ToString(),
                details: new Dictionary<string, string> { ["reason"] = MatchEndReason.HardRuleBroken.ToString() }).ConfigureAwait(false);
        }

        var ended = toEnd.Select(m => m.MatchId).ToList();
        ended.AddRange(await EndedBeforeAsync(toEnd, at, cancellationToken).ConfigureAwait(false));
        await JoinWaitingListAsync(toEnd, at, cancellationToken).ConfigureAwait(false);
        return [.. ended.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// On a retry the matches ended before are no longer current: they are found again among the waiting mentees
    /// this upload put on the list (same end reason and time).
    /// </summary>
    private async Task<IReadOnlyList<string>> EndedBeforeAsync(IReadOnlyList<MatchRecord> endingNow, DateTime at, CancellationToken cancellationToken)
    {
        var ended = new List<string>();
        foreach (var waiting in (await _matches.ListWaitingAsync(cancellationToken).ConfigureAwait(false)).Where(w => w.SinceUtc == at))
        {
            ended.AddRange((await _matches.ListForStudentAsync(waiting.MenteeId, cancellationToken).ConfigureAwait(false))
                .Where(m => m.EndReason == MatchEndReason.HardRuleBroken && m.EndedAtUtc == at && endingNow.All(e => e.MatchId != m.MatchId))
                .Select(m => m.MatchId));
        }

        return ended;
    }

    /// <summary>The mentees wait from now, so the re-matching takes them before this upload's newcomers.</summary>
    private async Task JoinWaitingListAsync(IReadOnlyList<MatchRecord> ended, DateTime at, CancellationToken cancellationToken)
    {
        if (ended.Count == 0)
        {
            return;
        }

        var waiting = (await _matches.ListWaitingAsync(cancellationToken).ConfigureAwait(false)).ToList();
        waiting.AddRange(ended.Where(m => waiting.All(w => w.MenteeId != m.MenteeId)).Select(m => new WaitingMentee(
            m.MenteeId, m.School, UnmatchedReason.PlacesTaken, "Their match ended: a corrected cohort file broke a matching rule.", at)));
        await _matches.ReplaceWaitingAsync(waiting, cancellationToken).ConfigureAwait(false);
    }
}
