using MentorFlows.Domain.Matching;
using MentorFlows.Runtime.Tests.Simulation;
using MentorFlows.Workflows.Ingestion;
using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Workflows;

public sealed class EndBrokenMatchesActivityTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ApplyCohortUploadInput Upload = new("cohort-corrected", WorkflowServices.Now.AddDays(2));

    /// <summary>Crashes after the first end, after the second, and after all three ends but before the waiting list.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Run_RetriedAfterACrashPartWay_ReturnsEveryEndedMatchAndWaitsEachMenteeOnce(int writesBeforeCrash)
    {
        await using var clean = await ArrangeAsync();
        var expected = await Activity(clean, clean.GetRequiredService<IMatchStore>()).RunAsync(WorkflowServices.Context("end"), Upload, None);
        await using var crashed = await ArrangeAsync();
        var store = new CrashingMatchStore(crashed.GetRequiredService<IMatchStore>(), writesBeforeCrash);

        await Assert.ThrowsAsync<IOException>(() => Activity(crashed, store).RunAsync(WorkflowServices.Context("end"), Upload, None));
        var retried = await Activity(crashed, crashed.GetRequiredService<IMatchStore>()).RunAsync(WorkflowServices.Context("end"), Upload, None);
        var again = await Activity(crashed, crashed.GetRequiredService<IMatchStore>()).RunAsync(WorkflowServices.Context("end"), Upload, None);

        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, retried);
        Assert.Equal(expected, again);
        var matches = crashed.GetRequiredService<IMatchStore>();
        var menteesOfEnded = (await Task.WhenAll(expected.Select(id => matches.GetAsync(id, None)))).Select(m => m!.MenteeId).Order(StringComparer.Ordinal);
        var waiting = await matches.ListWaitingAsync(None);
        Assert.Equal("W0", waiting[0].MenteeId);
        Assert.Equal(menteesOfEnded, waiting.Skip(1).Select(w => w.MenteeId).Order(StringComparer.Ordinal));
        Assert.Equal(await clean.GetRequiredService<IMatchStore>().ListWaitingAsync(None), waiting);
        Assert.Equal(3, (await crashed.GetRequiredService<ITimeline>().ReadAllAsync(None)).Count(e => e.Kind == TimelineEventKind.MatchEnded));
    }

    /// <summary>
    /// M1 keeps S1..S3 but its capacity drops to 1 (two end); S4 moves School away from M2 (one ends); S5 stays with M2;
    /// W0 already waits.
    /// </summary>
    private static async Task<ServiceProvider> ArrangeAsync()
    {
        var services = await WorkflowServices.BuildAsync(new OutboxMailer());
        await WorkflowServices.SeedAsync(services, "M1", "S1", "S2", "S3");
        await WorkflowServices.SeedAsync(services, "M2", "S4", "S5");
        var participants = services.GetRequiredService<IParticipantStore>();
        var m1 = (await participants.GetAsync("M1", None))!;
        var s4 = (await participants.GetAsync("S4", None))!;
        await participants.SaveAsync([m1 with { Person = m1.Person with { MentorCapacity = 1 } }, s4 with { Person = s4.Person with { School = "Physics" } }], None);
        await services.GetRequiredService<IMatchStore>().ReplaceWaitingAsync(
            [new WaitingMentee("W0", "Law", UnmatchedReason.NoClearedMentor, "No cleared mentor yet.", WorkflowServices.Now)], None);
        return services;
    }

    private static EndBrokenMatchesActivity Activity(IServiceProvider services, IMatchStore matches) => new(
        services.GetRequiredService<SchemeYear>(), services.GetRequiredService<IParticipantStore>(), matches,
        services.GetRequiredService<MatchingGate>(), services.GetRequiredService<SchemeTimeline>());
}
