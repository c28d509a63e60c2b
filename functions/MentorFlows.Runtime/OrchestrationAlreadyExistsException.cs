namespace MentorFlows.Runtime;

/// <summary>An instance was started with the id of one that is still running or pending.</summary>
public sealed class OrchestrationAlreadyExistsException : InvalidOperationException
{
    private OrchestrationAlreadyExistsException(string message, string instanceId)
        : base(message)
    {
        InstanceId = instanceId;
    }

    public OrchestrationAlreadyExistsException()
    {
        InstanceId = "unknown";
    }

    public OrchestrationAlreadyExistsException(string message)
        : base(message)
    {
        InstanceId = "unknown";
    }

    public OrchestrationAlreadyExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
        InstanceId = "unknown";
    }

    public string InstanceId { get; }

    public static OrchestrationAlreadyExistsException ForInstance(string instanceId) =>
        new($"An orchestration instance with id '{instanceId}' is already running; instance ids are unique while an instance is active.", instanceId);
}
