using MentorFlows.Domain.Cohort;

namespace MentorFlows.Workflows.Leaving;

/// <summary>
/// What recording a leaving found: the student's role (null: not enrolled), the matches it ended (opaque ids), and the
/// re-matching to run when a mentor left mentees behind.
/// </summary>
public sealed record LeavingRecorded(ParticipantRole? Role, IReadOnlyList<string> EndedMatchIds, string? RematchInstanceId);
