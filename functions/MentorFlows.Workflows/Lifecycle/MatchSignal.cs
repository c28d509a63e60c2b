namespace MentorFlows.Workflows.Lifecycle;

/// <summary>The event a match lifecycle reacts to at any moment (event name: <c>nameof(MatchSignal)</c>).</summary>
public sealed record MatchSignal(MatchSignalKind Kind);
