namespace MentorFlows.Runtime.Engine;

/// <summary>What starting an instance id that is already running or pending does.</summary>
public enum DuplicateStartBehavior
{
    /// <summary>Throws <see cref="OrchestrationAlreadyExistsException"/> (Durable's default).</summary>
    Throw,

    /// <summary>Leaves the running instance alone and returns its id: an idempotent start.</summary>
    Ignore,
}
