using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Support;

/// <summary>Registers orchestrators and activities written as lambdas, so each conformance test shows its whole workflow.</summary>
internal static class Inline
{
    public static WorkflowRegistry Orchestrator<TInput, TOutput>(this WorkflowRegistry registry, string name, Func<IOrchestrationContext, TInput, Task<TOutput>> run) =>
        registry.AddOrchestrator(name, _ => new LambdaOrchestrator<TInput, TOutput>(run));

    public static WorkflowRegistry Activity<TInput, TOutput>(this WorkflowRegistry registry, string name, Func<TInput, TOutput> run) =>
        registry.AddActivity(name, _ => new LambdaActivity<TInput, TOutput>((_, input) => Task.FromResult(run(input))));

    public static WorkflowRegistry Activity<TInput, TOutput>(this WorkflowRegistry registry, string name, Func<IActivityContext, TInput, Task<TOutput>> run) =>
        registry.AddActivity(name, _ => new LambdaActivity<TInput, TOutput>(run));

    private sealed class LambdaOrchestrator<TInput, TOutput>(Func<IOrchestrationContext, TInput, Task<TOutput>> run) : IOrchestrator<TInput, TOutput>
    {
        public Task<TOutput> RunAsync(IOrchestrationContext context, TInput input) => run(context, input);
    }

    private sealed class LambdaActivity<TInput, TOutput>(Func<IActivityContext, TInput, Task<TOutput>> run) : IActivity<TInput, TOutput>
    {
        public Task<TOutput> RunAsync(IActivityContext context, TInput input, CancellationToken cancellationToken) => run(context, input);
    }
}
