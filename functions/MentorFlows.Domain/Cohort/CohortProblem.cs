namespace MentorFlows.Domain.Cohort;

/// <summary>
/// One problem found in a cohort file, in words a coordinator understands. <see cref="Line"/> is the physical line
/// of the file where the row starts (the header is line 1; a quoted value that spans lines counts each of them).
/// <see cref="Column"/> is the column's name (<c>email</c>) or, beyond the header, its 1-based position.
/// The message never quotes personal values (names, emails, dates of birth, gender); it may quote student ids,
/// roles, booleans and capacities.
/// </summary>
public sealed record CohortProblem(int Line, string Column, string Message)
{
    /// <summary><c>line N, column C: message</c>, the form the <c>validate</c> verb prints.</summary>
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
