using System.Globalization;
using System.Text;

namespace MentorFlows.Runtime.Tests.Simulation;

/// <summary>Builds small cohort files for year tests: <c>Mentee("S1", "Law")</c>, <c>Mentor("M1", "Law")</c>.</summary>
internal sealed class CohortCsv
{
    private const string Header = "student_id,first_name,last_name,email,role,school,course,gender,gender_preference,date_of_birth,mentor_capacity,training_completed,contract_signed,right_to_work_checked,can_mentor_under_18,at_risk,at_risk_consent,conflicts";
    private readonly List<string> _rows = [];

    public CohortCsv Mentee(string id, string school = "Law", string dateOfBirth = "2006-03-01", bool atRisk = false, string conflicts = "") =>
        Row(id, "mentee", school, dateOfBirth, capacity: "", cleared: "", under18: "", atRisk: atRisk ? "yes" : "no", consent: "", conflicts);

    public CohortCsv Mentor(string id, string school = "Law", int capacity = 5, bool cleared = true, bool under18 = false) =>
        Row(id, "mentor", school, "2003-05-01", capacity.ToString(CultureInfo.InvariantCulture), cleared ? "yes" : "no", under18 ? "yes" : "no", atRisk: "no", consent: "no", conflicts: "");

    public ReadOnlyMemory<byte> ToBytes() => Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. _rows]) + "\n");

    private CohortCsv Row(string id, string role, string school, string dateOfBirth, string capacity, string cleared, string under18, string atRisk, string consent, string conflicts)
    {
        _rows.Add(string.Join(',',
            id, "First" + id, "Last" + id, $"{id.ToLowerInvariant()}@example.ac.uk", role, school, school + " LLB", "female", "", dateOfBirth,
            capacity, cleared, cleared, cleared, under18, atRisk, consent, conflicts));
        return this;
    }
}
