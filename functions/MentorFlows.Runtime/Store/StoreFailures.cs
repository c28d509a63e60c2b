using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Store;

/// <summary>Failures a store reports to an orchestrator on its own account, worded the same by every store.</summary>
internal static class StoreFailures
{
    public static TaskFailureDetails ChildAlreadyActive(string childId) => new(
        typeof(InvalidOperationException).FullName!,
        $"A sub-orchestration could not start: an instance with id '{childId}' is already running.");
}
