using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Concerns;

/// <summary>A concern's workflow input: its reference and when it was raised. Never its text or the people in it.</summary>
public sealed record ConcernInput(ConcernReference Reference, DateTime RaisedAtUtc);
