namespace MentorFlows.Domain.Cohort;

/// <summary>The columns of a cohort file (DESIGN.md), in the order of the sample file.</summary>
public enum CohortColumn
{
    StudentId,
    FirstName,
    LastName,
    Email,
    Role,
    School,
    Course,
    Gender,
    GenderPreference,
    DateOfBirth,
    MentorCapacity,
    TrainingCompleted,
    ContractSigned,
    RightToWorkChecked,
    CanMentorUnder18,
    AtRisk,
    AtRiskConsent,
    Conflicts,
}
