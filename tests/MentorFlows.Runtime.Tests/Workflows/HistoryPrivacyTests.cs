using System.Text.Json;
using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.Tests.Simulation;
using MentorFlows.Workflows.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Runtime.Tests.Workflows;

public sealed class HistoryPrivacyTests
{
    [Fact]
    public async Task Histories_ThroughTheYear_HoldNoNamesEmailsOrConcernText()
    {
        await using var services = await WorkflowServices.BuildAsync(new OutboxMailer(), YearRun.Utc(2025, 9, 24, 0, 0));
        var engine = services.GetRequiredService<EmbeddedDurableEngine>();
        var commands = services.GetRequiredService<SchemeCommands>();
        await commands.UploadCohortAsync("cohort.csv", new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1").Mentor("M2").ToBytes());
        await engine.RunUntilAsync(YearRun.Utc(2025, 11, 12, 21, 0));
        await commands.ReportConcernAsync(new ConcernReport("S1", "M1", Domain.Concerns.ConcernCategory.Safeguarding, true, "a private account of events"));
        await commands.OptOutAsync("S2");

        Assert.Contains("S2", await AllHistoriesAsync(engine), StringComparison.Ordinal);
        foreach (var until in new[] { YearRun.Utc(2025, 11, 13, 12, 0), YearRun.Utc(2026, 2, 3, 0, 0), YearRun.Utc(2026, 5, 1, 0, 0) })
        {
            await engine.RunUntilAsync(until);
            var histories = await AllHistoriesAsync(engine);
            Assert.NotEmpty(histories);
            Assert.DoesNotContain(new[] { "FirstS1", "LastM1", "example.ac.uk", "private account" }, histories.Contains);
        }

        // Mentees' ids were only ever in the leaving's input, which the erasure (12 December) replaced.
        var end = await AllHistoriesAsync(engine);
        Assert.DoesNotContain(new[] { "S1", "S2" }, end.Contains);
    }

    private static async Task<string> AllHistoriesAsync(EmbeddedDurableEngine engine)
    {
        var text = new System.Text.StringBuilder();
        await foreach (var instance in engine.Store.QueryInstancesAsync(new(), CancellationToken.None))
        {
            text.Append(JsonSerializer.Serialize(instance)).Append(JsonSerializer.Serialize(await engine.Store.GetHistoryAsync(instance.InstanceId, CancellationToken.None)));
        }

        return text.ToString();
    }
}
