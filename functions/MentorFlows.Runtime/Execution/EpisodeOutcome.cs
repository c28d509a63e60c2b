namespace MentorFlows.Runtime.Execution;

/// <summary>Where an episode left the orchestrator.</summary>
internal enum EpisodeOutcome
{
    /// <summary>Blocked on durable tasks: the instance keeps running.</summary>
    Waiting,

    Completed,

    Failed,

    /// <summary>Returned after <c>ContinueAsNew</c>: a fresh execution follows.</summary>
    ContinuedAsNew,
}
