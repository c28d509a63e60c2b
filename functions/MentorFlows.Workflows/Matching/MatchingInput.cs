namespace MentorFlows.Workflows.Matching;

/// <summary>A matching run, named by <paramref name="BatchId"/> (the upload id or re-match instance id that asks for it).</summary>
public sealed record MatchingInput(string BatchId, DateTime AtUtc);
