namespace MentorFlows.Workflows.Leaving;

/// <summary>
/// The event (name <c>nameof(ErasureRelease)</c>) that wakes a leaving held by an open concern: the concern was
/// decided, so the erasure may be tried again.
/// </summary>
public sealed record ErasureRelease;
