using MentorFlows.Domain.Scheme;
using MentorFlows.Runtime.Tests.Simulation;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Workflows;

public sealed class CohortUploadCommandTests
{
    private static readonly DateTime ClosureAt = new SchemeYear(SchemeDefaults.Settings).ClosureAt;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(86_400 * 200)]
    public async Task UploadCohortAsync_OnOrAfterClosure_IsRefused_StoringAndStartingNothing(int secondsAfterClosure)
    {
        await using var services = await WorkflowServices.BuildAsync(new OutboxMailer(), ClosureAt.AddSeconds(secondsAfterClosure));

        var receipt = await services.GetRequiredService<SchemeCommands>().UploadCohortAsync("cohort.csv", Cohort());

        Assert.Equal(CohortUploadOutcome.SchemeClosed, receipt.Outcome);
        Assert.StartsWith("cohort-cohort.csv-", receipt.UploadId, StringComparison.Ordinal);
        Assert.Empty(await services.GetRequiredService<ICohortUploadStore>().ListAsync(CancellationToken.None));
        Assert.Null(await services.GetRequiredService<ICohortFileStore>().ReadAsync(receipt.UploadId, CancellationToken.None));
        Assert.Null(await services.GetRequiredService<IOrchestrationClient>().GetInstanceAsync(receipt.UploadId));
    }

    [Theory]
    [InlineData(2025, 9, 24, 12)] // a week before the start, as the demo uploads
    [InlineData(2026, 1, 15, 12)] // mid-year: late enrolments
    [InlineData(2026, 4, 30, 8)] // the end date, before the closure at the send time (10:00)
    public async Task UploadCohortAsync_BeforeClosure_IsAcceptedAndIngested(int year, int month, int day, int hour)
    {
        await using var services = await WorkflowServices.BuildAsync(new OutboxMailer(), YearRun.Utc(year, month, day, hour));
        var commands = services.GetRequiredService<SchemeCommands>();

        var receipt = await commands.UploadCohortAsync("cohort.csv", Cohort());
        var again = await commands.UploadCohortAsync("cohort.csv", Cohort());

        Assert.Equal((CohortUploadOutcome.Accepted, CohortUploadOutcome.AlreadyReceived), (receipt.Outcome, again.Outcome));
        Assert.Single(await services.GetRequiredService<ICohortUploadStore>().ListAsync(CancellationToken.None));
        Assert.NotNull(await services.GetRequiredService<IOrchestrationClient>().GetInstanceAsync(receipt.UploadId));
    }

    private static ReadOnlyMemory<byte> Cohort() => new CohortCsv().Mentee("S1").Mentor("M1").ToBytes();
}
