// Package Microsoft.DurableTask.Client 1.25.0 (through Microsoft.Azure.Functions.Worker.Extensions.DurableTask 1.19.1),
// namespace Microsoft.DurableTask.Client: the members MentorFlows.Functions uses, nothing else (README.md here).
// "§2" is shared/azure-api-reference.md section 2; "DT src/..." is microsoft/durabletask-dotnet. Of an overloaded
// method, the overloads applicable to the adapter's calls are declared, so overload resolution is the real one.
//
// Namespace: §2 puts DurableTaskClient in Microsoft.DurableTask.Client and StartOrchestrationOptions "NOT .Client";
// DT src/Client/Core/DurableTaskClient.cs and PurgeResult.cs declare Microsoft.DurableTask.Client, and consumers write
// Microsoft.DurableTask.Client.OrchestrationMetadata / .OrchestrationRuntimeStatus / .OrchestrationQuery. (The copies
// of OrchestrationMetadata.cs, OrchestrationQuery.cs, OrchestrationRuntimeStatus.cs, PurgeInstancesFilter.cs found in
// the public source search are pre-1.0 versions that still said Microsoft.DurableTask.)
using Microsoft.DurableTask;
using static MentorFlows.Functions.CompileCheck.Reference;

namespace Microsoft.DurableTask.Client;

// §2; DT src/Client/Core/DurableTaskClient.cs (abstract; protected constructor).
public abstract class DurableTaskClient
{
    protected DurableTaskClient(string name) => throw new NotSupportedException(Only);

    // The other overloads take two or three parameters; the adapter passes four arguments.
    public abstract Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default);

    public abstract Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default);

    // Null if not found (§2). Virtual in DT src (it calls the hidden GetInstancesAsync).
    public virtual Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        throw new NotSupportedException(Only);

    public abstract Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    // §2. The (string, TerminateInstanceOptions?, CancellationToken) overload is not applicable to an object? argument.
    public virtual Task TerminateInstanceAsync(string instanceId, object? output, CancellationToken cancellation = default) => throw new NotSupportedException(Only);

    // DT src: the (instanceId, CancellationToken) overload; §2 shows the (instanceId, PurgeInstanceOptions?, CancellationToken)
    // one, which a CancellationToken second argument cannot bind to.
    public virtual Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellation) => throw new NotSupportedException(Only);

    // DT src: the (filter, CancellationToken) overload, as above.
    public virtual Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation) => throw new NotSupportedException(Only);

    // §2; the only overload, so the adapter's target-typed new(...) is an OrchestrationQuery.
    public abstract AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null);
}

// §2 (member list); DT src/Client/Core/OrchestrationMetadata.cs (sealed; public constructor; init-only state).
public sealed class OrchestrationMetadata
{
    public OrchestrationMetadata(string name, string instanceId) => throw new NotSupportedException(Only);

    public string Name => throw new NotSupportedException(Only);

    public string InstanceId => throw new NotSupportedException(Only);

    public OrchestrationRuntimeStatus RuntimeStatus { get => throw new NotSupportedException(Only); init => throw new NotSupportedException(Only); }

    public DateTimeOffset CreatedAt { get => throw new NotSupportedException(Only); init => throw new NotSupportedException(Only); }

    public DateTimeOffset LastUpdatedAt { get => throw new NotSupportedException(Only); init => throw new NotSupportedException(Only); }

    public string? SerializedInput { get => throw new NotSupportedException(Only); init => throw new NotSupportedException(Only); }

    public string? SerializedOutput { get => throw new NotSupportedException(Only); init => throw new NotSupportedException(Only); }

    public string? SerializedCustomStatus { get => throw new NotSupportedException(Only); init => throw new NotSupportedException(Only); }

    public TaskFailureDetails? FailureDetails { get => throw new NotSupportedException(Only); init => throw new NotSupportedException(Only); }
}

// §2 (members and order); DT src/Client/Core/OrchestrationRuntimeStatus.cs (the Obsolete texts).
public enum OrchestrationRuntimeStatus
{
    Running,
    Completed,
    [Obsolete("The ContinuedAsNew status is obsolete and exists only for compatibility reasons.")]
    ContinuedAsNew,
    Failed,
    [Obsolete("The Canceled status is not currently used and exists only for compatibility reasons.")]
    Canceled,
    Terminated,
    Pending,
    Suspended,
}

// DT src/Client/Core/OrchestrationQuery.cs (positional record; the adapter names CreatedFrom, CreatedTo, Statuses, InstanceIdPrefix).
public record OrchestrationQuery(
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    IEnumerable<OrchestrationRuntimeStatus>? Statuses = null,
    IEnumerable<string>? TaskHubNames = null,
    string? InstanceIdPrefix = null,
    int PageSize = OrchestrationQuery.DefaultPageSize,
    bool FetchInputsAndOutputs = false,
    string? ContinuationToken = null)
{
    public const int DefaultPageSize = 100;
}

// §2 Records (with defaults); DT src/Client/Core/PurgeInstancesFilter.cs (positional record).
public record PurgeInstancesFilter(DateTimeOffset? CreatedFrom = null, DateTimeOffset? CreatedTo = null, IEnumerable<OrchestrationRuntimeStatus>? Statuses = null);

// §2 ("PurgeResult { int PurgedInstanceCount; bool? IsComplete; }"); DT src/Client/Core/PurgeResult.cs (class, public constructor).
public class PurgeResult
{
    public PurgeResult(int count, bool? isComplete) => throw new NotSupportedException(Only);

    public int PurgedInstanceCount => throw new NotSupportedException(Only);
}
