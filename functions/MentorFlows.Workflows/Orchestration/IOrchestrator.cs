namespace MentorFlows.Workflows.Orchestration;

/// <summary>
/// A deterministic workflow. Registered by name (<c>nameof</c> of the class) in a <see cref="WorkflowRegistry"/>;
/// the Azure host wraps each in one <c>[Function]</c> with an <c>[OrchestrationTrigger]</c>.
/// </summary>
public interface IOrchestrator<in TInput, TOutput>
{
    Task<TOutput> RunAsync(IOrchestrationContext context, TInput input);
}
