namespace MentorFlows.Domain.Cohort;

/// <summary>
/// What <see cref="CohortReader.Read"/> found. <see cref="Participants"/> holds the rows without errors, in file
/// order; a row with any error is left out and named in <see cref="Errors"/>. Whether valid rows may be used while
/// others are invalid is the scheme's choice (<c>acceptValidRows</c>, DOMAIN.md "Cohort ingestion").
/// </summary>
public sealed record CohortReadResult
{
    public required IReadOnlyList<Participant> Participants { get; init; }

    /// <summary>Problems that make a row invalid, ordered by line.</summary>
    public required IReadOnlyList<CohortProblem> Errors { get; init; }

    /// <summary>Problems that leave the row valid (an unknown column, a conflict naming a student not in the file...), ordered by line.</summary>
    public required IReadOnlyList<CohortProblem> Warnings { get; init; }

    /// <summary>Data rows in the file, valid or not; blank rows are not counted.</summary>
    public required int RowCount { get; init; }

    /// <summary>No row has an error (warnings allowed).</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>
    /// DOMAIN.md: a file with errors changes nothing unless the scheme says "accept valid rows"; then only the valid
    /// rows (<see cref="Participants"/>) apply. The one place that rule is decided.
    /// </summary>
    public bool MayApply(Scheme.SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return IsValid || scheme.AcceptValidRows;
    }

    public int MenteeCount => Participants.Count(p => p.Role == ParticipantRole.Mentee);

    public int MentorCount => Participants.Count(p => p.Role == ParticipantRole.Mentor);
}
