using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Leaving;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Concerns;

/// <summary>
/// Applies a coordinator's decision (000's five outcomes) and closes the concern:
/// <list type="bullet">
/// <item>noAction, adviceGiven: recorded;</item>
/// <item>matchPaused: the concern's match gets no scheme emails from now on;</item>
/// <item>matchDissolved: the match ends, the pair is never matched again, the mentee is re-matched;</item>
/// <item>memberRemoved: the person the concern is about leaves the scheme (their matches end; a mentor's mentees are
/// re-matched), through the same leaving workflow as an opt-out.</item>
/// </list>
/// "The concern's match" is the current match between the reporter and the person it is about when they are paired;
/// otherwise the current match of the person it is about if they are a mentee; otherwise none (a concern about a
/// mentor raised by someone else has no single match: the coordinator removes the member or decides otherwise).
/// The side effects come first and are idempotent; the concern is marked decided last, so a retry completes them.
/// </summary>
public sealed class DecideConcernActivity : IActivity<ConcernDecisionInput, ConcernDecisionApplied>
{
    private readonly IConcernStore _concerns;
    private readonly IMatchStore _matches;
    private readonly IOrchestrationClient _client;
    private readonly StudentPseudonyms _pseudonyms;
    private readonly SchemeTimeline _timeline;

    public DecideConcernActivity(IConcernStore concerns, IMatchStore matches, IOrchestrationClient client, StudentPseudonyms pseudonyms, SchemeTimeline timeline)
    {
        _concerns = concerns;
        _matches = matches;
        _client = client;
        _pseudonyms = pseudonyms;
        _timeline = timeline;
    }

    public async Task<ConcernDecisionApplied> RunAsync(IActivityContext context, ConcernDecisionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var concern = await _concerns.GetAsync(input.Reference, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Concern {input.Reference.Value} is not on record.");
        var applied = new ConcernDecisionApplied(null, null, null);
        switch (input.Outcome)
        {
            case ConcernOutcome.MatchPaused when await ConcernMatchAsync(concern, cancellationToken).ConfigureAwait(false) is { } match:
                if (match.Status == MatchStatus.Active)
                {
                    await _matches.UpdateAsync(match with { Status = MatchStatus.Paused }, cancellationToken).ConfigureAwait(false);
                    await _timeline.RecordAsync(TimelineEventKind.MatchPaused, match.MatchId, input.AtUtc, cancellationToken, discriminator: concern.Reference.Value).ConfigureAwait(false);
                }

                applied = applied with { PausedMatchId = match.MatchId };
                break;
            case ConcernOutcome.MatchDissolved when await ConcernMatchAsync(concern, cancellationToken).ConfigureAwait(false) is { } match:
                if (match.IsCurrent)
                {
                    await _matches.AddExcludedPairAsync(new MatchPair(match.MenteeId, match.MentorId), cancellationToken).ConfigureAwait(false);
                    await _matches.UpdateAsync(match with { Status = MatchStatus.Ended, EndReason = MatchEndReason.Dissolved, EndedAtUtc = UtcInstants.AsUtc(input.AtUtc) }, cancellationToken).ConfigureAwait(false);
                    await _timeline.RecordAsync(TimelineEventKind.MatchDissolved, match.MatchId, input.AtUtc, cancellationToken, discriminator: concern.Reference.Value).ConfigureAwait(false);
                }

                applied = applied with { EndedMatchId = match.MatchId, RematchInstanceId = InstanceIds.RematchAfterDissolution(match.MatchId) };
                break;
            case ConcernOutcome.MemberRemoved when concern.AboutId is { } aboutId:
                await _client.StartOnceAsync(nameof(OptOutOrchestrator), new LeavingInput(aboutId, LeaveReason.Removed, UtcInstants.AsUtc(input.AtUtc)),
                    InstanceIds.Leaving(_pseudonyms, aboutId), cancellationToken).ConfigureAwait(false);
                break;
        }

        if (concern.Status == ConcernStatus.Open)
        {
            await _concerns.UpdateAsync(concern with { Status = ConcernStatus.Decided, Outcome = input.Outcome, DecidedAtUtc = UtcInstants.AsUtc(input.AtUtc) }, cancellationToken).ConfigureAwait(false);
        }

        await _timeline.RecordAsync(TimelineEventKind.ConcernDecided, concern.Reference.Value, input.AtUtc, cancellationToken, discriminator: "decided",
            details: new Dictionary<string, string> { ["outcome"] = Domain.WireName.Of(input.Outcome) }).ConfigureAwait(false);
        return applied;
    }

    /// <summary>The match the decision acts on (see the class summary); a dissolution retried finds the match it ended.</summary>
    private async Task<MatchRecord?> ConcernMatchAsync(ConcernRecord concern, CancellationToken cancellationToken)
    {
        if (concern.AboutId is not { } aboutId)
        {
            return null;
        }

        var matches = await _matches.ListForStudentAsync(aboutId, cancellationToken).ConfigureAwait(false);
        var relevant = matches.Where(m => m.IsCurrent || m.EndReason == MatchEndReason.Dissolved).OrderByDescending(m => m.MatchedAtUtc).ToList();
        return relevant.FirstOrDefault(m => concern.ReporterId is { } reporter && m.Involves(reporter))
            ?? relevant.FirstOrDefault(m => m.MenteeId == aboutId && m.IsCurrent);
    }
}
