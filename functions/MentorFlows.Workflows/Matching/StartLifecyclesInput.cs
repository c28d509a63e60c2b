namespace MentorFlows.Workflows.Matching;

public sealed record StartLifecyclesInput(string BatchId);
