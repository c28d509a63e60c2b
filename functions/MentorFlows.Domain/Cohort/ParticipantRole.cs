namespace MentorFlows.Domain.Cohort;

/// <summary>The role a cohort row gives a student (column <c>role</c>).</summary>
public enum ParticipantRole
{
    Mentee,
    Mentor,
}
