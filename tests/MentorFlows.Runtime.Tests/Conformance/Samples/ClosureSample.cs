using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance.Samples;

/// <summary>The crash tests' sub-orchestration: one effect, then a result for the parent.</summary>
internal sealed class ClosureSample : IOrchestrator<string, string>
{
    public async Task<string> RunAsync(IOrchestrationContext context, string input)
    {
        await context.CallActivityAsync<string>(nameof(RecordEffect), $"{context.InstanceId}/goodbye");
        return "closed";
    }
}
