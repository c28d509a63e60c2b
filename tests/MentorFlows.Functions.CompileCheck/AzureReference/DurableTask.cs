// Package Microsoft.DurableTask.Abstractions 1.25.0 (through Microsoft.Azure.Functions.Worker.Extensions.DurableTask
// 1.19.1), namespace Microsoft.DurableTask: the members MentorFlows.Functions uses, nothing else (README.md here).
// "§2" is shared/azure-api-reference.md section 2; "DT src/..." is microsoft/durabletask-dotnet. Of an overloaded
// method, the overloads applicable to the adapter's calls are declared, so overload resolution is the real one.
using Microsoft.Extensions.Logging;
using static MentorFlows.Functions.CompileCheck.Reference;

namespace Microsoft.DurableTask;

// §2; DT src/Abstractions/TaskOrchestrationContext.cs. Abstract members stay abstract, virtual ones virtual.
public abstract class TaskOrchestrationContext
{
    public abstract string InstanceId { get; }

    public abstract DateTime CurrentUtcDateTime { get; }

    public abstract bool IsReplaying { get; }

    public abstract Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null);

    public virtual Task CallActivityAsync(TaskName name, object? input = null, TaskOptions? options = null) => throw new NotSupportedException(Only);

    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null);

    public virtual Task CallSubOrchestratorAsync(TaskName orchestratorName, object? input = null, TaskOptions? options = null) => throw new NotSupportedException(Only);

    // No overload without a token (§2).
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    // The payload is declared non-nullable (§2, DT src).
    public abstract void SendEvent(string instanceId, string eventName, object payload);

    public abstract void SetCustomStatus(object? customStatus);

    // The ContinueAsNew(ContinueAsNewOptions) overload (§2, DT >= 1.23.1) is not applicable to the adapter's call, which
    // names both arguments; it is the one a bare ContinueAsNew(null) would bind to (§2, gotcha).
    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    public abstract Guid NewGuid();

    // §2 says virtual; the DT src copy at commit 1976de60 has it non-virtual. Callers compile the same either way.
    public virtual ILogger CreateReplaySafeLogger(string categoryName) => throw new NotSupportedException(Only);
}

// §2 ("a struct with an implicit conversion from string"); DT src/Abstractions/TaskName.cs (a readonly struct).
public readonly struct TaskName
{
    public static implicit operator TaskName(string value) => throw new NotSupportedException(Only);
}

// §2 Options; DT src/Abstractions/TaskOptions.cs. A record, not sealed.
public record TaskOptions
{
    public TaskOptions(TaskRetryOptions? retry) => throw new NotSupportedException(Only);

    public TaskOptions(TaskRetryOptions? retry = null, IDictionary<string, string>? tags = null) => throw new NotSupportedException(Only);

    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => throw new NotSupportedException(Only);
}

// §2 Options; DT src/Abstractions/TaskOptions.cs. Its other constructor, (TaskOptions options, string? instanceId = null),
// is not applicable to the adapter's call: there is no conversion from TaskRetryOptions to TaskOptions.
public record SubOrchestrationOptions : TaskOptions
{
    public SubOrchestrationOptions(TaskRetryOptions? retry = null, string? instanceId = null)
        : base(retry) => throw new NotSupportedException(Only);
}

// §2 Options; DT src/Abstractions/TaskRetryOptions.cs.
public sealed class TaskRetryOptions
{
    public TaskRetryOptions(RetryPolicy policy) => throw new NotSupportedException(Only);
}

// §2 Options; DT src/Abstractions/RetryPolicy.cs. Not sealed.
public class RetryPolicy
{
    public RetryPolicy(int maxNumberOfAttempts, TimeSpan firstRetryInterval, double backoffCoefficient = 1.0, TimeSpan? maxRetryInterval = null, TimeSpan? retryTimeout = null) =>
        throw new NotSupportedException(Only);
}

// §2 ("namespace Microsoft.DurableTask (NOT .Client)"); DT src/Abstractions/TaskOptions.cs.
public record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null);

// §2 ("has TaskName, TaskId and FailureDetails"); DT src/Abstractions/TaskFailedException.cs (sealed). Its constructor
// is declared only so the type has no constructor the real one lacks.
public sealed class TaskFailedException : Exception
{
    public TaskFailedException(string taskName, int taskId, TaskFailureDetails failureDetails) => throw new NotSupportedException(Only);

    public string TaskName => throw new NotSupportedException(Only);

    public int TaskId => throw new NotSupportedException(Only);

    public TaskFailureDetails FailureDetails => throw new NotSupportedException(Only);
}

// §2 ("ErrorType, ErrorMessage, StackTrace, InnerFailure"); DT src/Abstractions/TaskFailureDetails.cs (positional record).
public record TaskFailureDetails(string ErrorType, string ErrorMessage, string? StackTrace, TaskFailureDetails? InnerFailure, IDictionary<string, object?>? Properties);

// What DurableTaskClient.GetAllInstancesAsync returns (§2). DT src/DurableTask/AsyncPageable{T}.cs: namespace
// Microsoft.DurableTask, an abstract IAsyncEnumerable<T>; its abstract AsPages is left out (the adapter only enumerates).
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
    where T : notnull
{
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => throw new NotSupportedException(Only);
}
