using MentorFlows.Runtime.Tests.Simulation;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Workflows;

public sealed class SchemeSchedulesCommandTests
{
    [Fact]
    public async Task EnsureSchemeSchedulesAsync_BeforeAnyCohortIsApplied_StartsNothing()
    {
        await using var services = await WorkflowServices.BuildAsync(new OutboxMailer());
        await Upload(services, CohortUploadStatus.Rejected);

        Assert.Equal(0, await services.GetRequiredService<SchemeCommands>().EnsureSchemeSchedulesAsync());
        Assert.Null(await services.GetRequiredService<IOrchestrationClient>().GetInstanceAsync(InstanceIds.CheckInRounds));
    }

    [Fact]
    public async Task EnsureSchemeSchedulesAsync_AppliedCohortWithoutTheYearsInstances_StartsThemOnce()
    {
        await using var services = await WorkflowServices.BuildAsync(new OutboxMailer());
        await Upload(services, CohortUploadStatus.Applied);
        var commands = services.GetRequiredService<SchemeCommands>();

        Assert.Equal(2, await commands.EnsureSchemeSchedulesAsync());
        Assert.Equal(0, await commands.EnsureSchemeSchedulesAsync());
        var client = services.GetRequiredService<IOrchestrationClient>();
        Assert.NotNull(await client.GetInstanceAsync(InstanceIds.CheckInRounds));
        Assert.NotNull(await client.GetInstanceAsync(InstanceIds.Retention));
    }

    [Fact]
    public async Task EnsureSchemeSchedulesAsync_FromTheFinalErasureOn_StartsNothing()
    {
        await using var services = await WorkflowServices.BuildAsync(new OutboxMailer(), YearRun.Utc(2026, 6, 30, 0, 0));
        await Upload(services, CohortUploadStatus.Applied);

        Assert.Equal(0, await services.GetRequiredService<SchemeCommands>().EnsureSchemeSchedulesAsync());
        Assert.Null(await services.GetRequiredService<IOrchestrationClient>().GetInstanceAsync(InstanceIds.Retention));
    }

    private static Task Upload(IServiceProvider services, CohortUploadStatus status) =>
        services.GetRequiredService<ICohortUploadStore>().SaveAsync(
            new CohortUploadRecord("cohort-a.csv-0123456789abcdef", "a.csv", "0123456789abcdef", WorkflowServices.Now, status), CancellationToken.None);
}
