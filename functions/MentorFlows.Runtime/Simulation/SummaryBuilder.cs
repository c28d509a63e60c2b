using MentorFlows.Domain;
using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.Simulation;

/// <summary>
/// <c>summary.json</c> from the stores at the end of a run: the living records plus the anonymous statistics of those
/// already erased (erasure receipts and School tallies), so the counts are the same before and after retention.
/// </summary>
internal static class SummaryBuilder
{
    public static async Task<SimulationSummary> BuildAsync(IServiceProvider services, int personalDataRemaining, CancellationToken cancellationToken)
    {
        var participants = await Get<IParticipantStore>(services).ListAsync(cancellationToken);
        var ledger = Get<IErasureLedger>(services);
        var receipts = await ledger.ListReceiptsAsync(cancellationToken);
        var tallies = await ledger.ListStatisticsAsync(cancellationToken);

        var mentees = participants.Count(p => p.Person.Role == ParticipantRole.Mentee) + tallies.Sum(t => t.Mentees);
        var mentors = participants.Count(p => p.Person.Role == ParticipantRole.Mentor) + tallies.Sum(t => t.Mentors);
        var matched = participants.Count(p => p.FirstMatchedAtUtc is not null) + tallies.Sum(t => t.MatchedMentees);
        var emails = await Get<ISentEmailStore>(services).CountByKindAsync(cancellationToken);
        var concerns = await Get<IConcernStore>(services).ListAsync(cancellationToken);
        return new SimulationSummary(
            Participants: mentees + mentors,
            Mentees: mentees,
            Mentors: mentors,
            Matched: matched,
            Unmatched: mentees - matched,
            EmailsByKind: Enum.GetValues<EmailKind>().ToDictionary(kind => kind.WireName(), kind => emails.GetValueOrDefault(kind)),
            OptOuts: participants.Count(p => p.Status == ParticipantStatus.OptedOut) + tallies.Sum(t => t.OptedOut),
            ConcernsByOutcome: concerns
                .GroupBy(c => c.Outcome is { } outcome ? WireName.Of(outcome) : "open", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Erased: receipts.Count,
            PersonalDataRemaining: personalDataRemaining);
    }

    private static T Get<T>(IServiceProvider services)
        where T : notnull =>
        (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered."));
}
