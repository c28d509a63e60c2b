namespace MentorFlows.Runtime.Store;

/// <summary>Whether <see cref="IOrchestrationStore.CreateInstanceAsync"/> created the instance or found an active one with that id.</summary>
public enum CreateInstanceResult
{
    Created,
    AlreadyActive,
}
