using NodaTime;

namespace MentorFlows.Domain.Cohort;

/// <summary>
/// One valid cohort row: a student enrolled in the scheme as mentee or mentor. Personal data lives here and in
/// nothing derived from it that is logged; ids are the only thing that may travel into timelines and histories.
/// Text values are trimmed; <see cref="Gender"/> and <see cref="GenderPreference"/> are lower-case, and a
/// preference of "no preference" or blank is null.
/// </summary>
public sealed record Participant
{
    public required string StudentId { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string Email { get; init; }

    public required ParticipantRole Role { get; init; }

    public required string School { get; init; }

    public required string Course { get; init; }

    public string? Gender { get; init; }

    /// <summary>The mentee's preferred mentor gender; null means no preference.</summary>
    public string? GenderPreference { get; init; }

    public LocalDate? DateOfBirth { get; init; }

    /// <summary>A mentor's own capacity; null means the scheme default.</summary>
    public int? MentorCapacity { get; init; }

    public bool TrainingCompleted { get; init; }

    public bool ContractSigned { get; init; }

    public bool RightToWorkChecked { get; init; }

    /// <summary>A mentor cleared to mentor students under 18 (004).</summary>
    public bool CanMentorUnder18 { get; init; }

    /// <summary>A mentee flagged as an adult at risk (004).</summary>
    public bool AtRisk { get; init; }

    /// <summary>A mentor who consented to mentor adults at risk (004).</summary>
    public bool AtRiskConsent { get; init; }

    /// <summary>Student ids this student must never be matched with (003: conflicts of interest).</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>A mentor may meet mentees only once training, contract and right-to-work are all done (000, 001).</summary>
    public bool IsCleared => TrainingCompleted && ContractSigned && RightToWorkChecked;

    /// <summary>Full name as it appears in emails.</summary>
    public string FullName => $"{FirstName} {LastName}";

    /// <summary>Under 18 on <paramref name="schemeStart"/> (004); unknown birth dates count as adult.</summary>
    public bool IsUnder18On(LocalDate schemeStart) =>
        DateOfBirth is { } born && born.PlusYears(18) > schemeStart;
}
