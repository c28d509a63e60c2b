namespace MentorFlows.Runtime.Store;

/// <summary>What happened to a message sent to an instance from outside.</summary>
public enum EnqueueResult
{
    /// <summary>Stored in the instance's inbox: it will be processed.</summary>
    Enqueued,

    /// <summary>No instance has that id.</summary>
    InstanceNotFound,

    /// <summary>The instance has finished; like Durable, the message is dropped.</summary>
    InstanceNotActive,
}
