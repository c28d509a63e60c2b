using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.CheckIns;

/// <summary>One mentor's current matches in a sweep page, with the people (null when a record is gone).</summary>
public sealed record MentorGroup(string MentorId, ParticipantRecord? Mentor, IReadOnlyList<(MatchRecord Match, ParticipantRecord? Mentee)> Matches);
