using Xunit.Abstractions;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class DebugTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Debug_Timeline()
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentee("S2").Mentor("M1"));
        foreach (var e in run.Result.Timeline)
        {
            output.WriteLine($"{e.AtUtc:O} {e.Kind} {e.Subject} {string.Join(";", e.Details?.Select(d => d.Key + "=" + d.Value) ?? [])}");
        }

        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(run.Result.Summary));
        Assert.Fail("debug");
    }
}
