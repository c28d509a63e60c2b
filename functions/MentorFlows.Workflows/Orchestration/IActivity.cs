namespace MentorFlows.Workflows.Orchestration;

/// <summary>
/// One unit of work with side effects, run at least once: implementations must be idempotent (a retry or a restart
/// never repeats an effect, e.g. never sends an email twice).
/// </summary>
public interface IActivity<in TInput, TOutput>
{
    Task<TOutput> RunAsync(IActivityContext context, TInput input, CancellationToken cancellationToken);
}
