namespace MentorFlows.Runtime;

/// <summary>A client named an instance id that the store does not hold.</summary>
public sealed class OrchestrationInstanceNotFoundException : InvalidOperationException
{
    private OrchestrationInstanceNotFoundException(string message, string instanceId)
        : base(message)
    {
        InstanceId = instanceId;
    }

    public OrchestrationInstanceNotFoundException()
    {
        InstanceId = "unknown";
    }

    public OrchestrationInstanceNotFoundException(string message)
        : base(message)
    {
        InstanceId = "unknown";
    }

    public OrchestrationInstanceNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        InstanceId = "unknown";
    }

    public string InstanceId { get; }

    public static OrchestrationInstanceNotFoundException ForInstance(string instanceId) =>
        new($"No orchestration instance has id '{instanceId}'.", instanceId);
}
