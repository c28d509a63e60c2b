using System.Collections.Frozen;

namespace MentorFlows.Domain.Cohort;

/// <summary>
/// The names of the cohort file's columns and which ones a header must have.
/// <para>
/// A header must have every column whose absence would let a hard matching rule (DOMAIN.md "Matching") pass
/// silently: who the student is and their School (<c>student_id, first_name, last_name, email, role, school</c>),
/// <c>date_of_birth</c> (without it an under-18 mentee would count as an adult), <c>at_risk</c> (an adult at risk
/// would count as not at risk) and <c>conflicts</c> (a conflict of interest would go unseen). The other columns may
/// be left out: their absence only loses a preference (<c>course, gender, gender_preference</c>), takes the scheme
/// default (<c>mentor_capacity</c>) or fails safe (every clearance and consent column reads as "no", so no mentor
/// is matched who should not be; the reader warns when that affects someone).
/// </para>
/// Header names are matched ignoring case and surrounding spaces, with spaces and hyphens read as underscores
/// (<c>Student ID</c> is <c>student_id</c>).
/// </summary>
public static class CohortColumns
{
    private static readonly string[] Names =
    [
        "student_id", "first_name", "last_name", "email", "role", "school", "course", "gender", "gender_preference",
        "date_of_birth", "mentor_capacity", "training_completed", "contract_signed", "right_to_work_checked",
        "can_mentor_under_18", "at_risk", "at_risk_consent", "conflicts",
    ];

    private static readonly FrozenDictionary<string, CohortColumn> ByName =
        Enum.GetValues<CohortColumn>().ToFrozenDictionary(NameOf, StringComparer.Ordinal);

    /// <summary>Every column, in the order of the sample file.</summary>
    public static IReadOnlyList<CohortColumn> All { get; } = Enum.GetValues<CohortColumn>();

    /// <summary>The columns a header must have (see the class summary for why).</summary>
    public static IReadOnlyList<CohortColumn> RequiredInHeader { get; } =
    [
        CohortColumn.StudentId, CohortColumn.FirstName, CohortColumn.LastName, CohortColumn.Email, CohortColumn.Role,
        CohortColumn.School, CohortColumn.DateOfBirth, CohortColumn.AtRisk, CohortColumn.Conflicts,
    ];

    /// <summary>The column's name as a header writes it, e.g. <c>date_of_birth</c>.</summary>
    public static string NameOf(CohortColumn column) => Names[(int)column];

    /// <summary>The column a header cell names, if any (see the class summary for the matching rules).</summary>
    public static bool TryParse(string headerCell, out CohortColumn column) =>
        ByName.TryGetValue(Normalize(headerCell), out column);

    /// <summary>A header cell as it is matched: trimmed, lower case, spaces and hyphens as underscores, no BOM.</summary>
    public static string Normalize(string headerCell)
    {
        ArgumentNullException.ThrowIfNull(headerCell);
        return headerCell.Trim().Trim('\uFEFF').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
    }
}
