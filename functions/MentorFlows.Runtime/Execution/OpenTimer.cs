using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Execution;

/// <summary>A durable timer; cancelling its token abandons it (the task is cancelled, the timer still fires unseen).</summary>
internal sealed class OpenTimer : IOpenTask
{
    private readonly TaskCompletionSource _completion = new();
    private CancellationTokenRegistration _registration;

    public OpenTimer(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.Register(() => _completion.TrySetCanceled(cancellationToken));
        }
    }

    public Task Task => _completion.Task;

    public void Complete(string? result)
    {
        _registration.Dispose();
        _completion.TrySetResult();
    }

    public void Fail(TaskFailureDetails failure) => Complete(null);
}
