namespace MentorFlows.Workflows.Stores;

/// <summary>A concern waits for a coordinator decision; while open it holds the erasure of the people in it.</summary>
public enum ConcernStatus
{
    Open,
    Decided,
}
