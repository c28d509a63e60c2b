namespace MentorFlows.Workflows.Retention;

/// <summary>The final erasure's input: nothing but the scheme (its calendar says when).</summary>
public sealed record RetentionInput;
