namespace MentorFlows.Workflows.Retention;

/// <summary>Erase <see cref="StudentId"/> at <see cref="AtUtc"/>, if the retention policy says so then.</summary>
public sealed record EraseParticipantInput(string StudentId, DateTime AtUtc);
