namespace MentorFlows.Workflows.Leaving;

/// <summary>Where a leaving stands: recorded and told, then waiting for erasure, then erased.</summary>
public enum LeavingStage
{
    Leaving,
    AwaitingErasure,

    /// <summary>The data is erased; the instance's input no longer names the student.</summary>
    Erased,
}
