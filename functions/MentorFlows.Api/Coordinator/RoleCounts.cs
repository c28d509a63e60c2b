namespace MentorFlows.Api.Coordinator;

/// <summary>Participants of one role by where they stand; <see cref="Erased"/> counts those whose data is already gone.</summary>
public sealed record RoleCounts(int Active, int OptedOut, int Resigned, int Removed, int Erased);
