using System.Text.Json;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Execution;

/// <summary>An activity or sub-orchestration call: its result read as <typeparamref name="T"/>, its failure as <see cref="TaskFailedException"/>.</summary>
internal sealed class OpenTask<T>(string name, int taskId) : IOpenTask
{
    private readonly TaskCompletionSource<T> _completion = new();

    public Task<T> Task => _completion.Task;

    public void Complete(string? result)
    {
        try
        {
            _completion.TrySetResult(Payload.Read<T>(result));
        }
        catch (JsonException ex)
        {
            var failure = new TaskFailureDetails(ex.GetType().FullName!, $"The result of '{name}' does not read as {typeof(T).Name}: {ex.Message}");
            _completion.TrySetException(new TaskFailedException(name, taskId, failure));
        }
    }

    public void Fail(TaskFailureDetails failure) => _completion.TrySetException(new TaskFailedException(name, taskId, failure));
}
