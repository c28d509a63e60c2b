using System.Text.Json;

namespace MentorFlows.Runtime.Execution;

/// <summary>One <c>WaitForExternalEvent</c> call waiting for its event; cancelled waiters are skipped.</summary>
internal sealed class EventWaiter<T> : IEventWaiter
{
    private readonly TaskCompletionSource<T> _completion = new();

    public Task<T> Task => _completion.Task;

    public bool IsWaiting => !_completion.Task.IsCompleted;

    public void Cancel(CancellationToken token) => _completion.TrySetCanceled(token);

    public void Deliver(string? payload)
    {
        try
        {
            _completion.TrySetResult(Payload.Read<T>(payload));
        }
        catch (JsonException ex)
        {
            _completion.TrySetException(ex);
        }
    }
}
