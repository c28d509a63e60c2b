namespace MentorFlows.Workflows.Matching;

/// <summary>A re-matching run; <see cref="BatchId"/> is its own instance id.</summary>
public sealed record RematchInput(string BatchId);
