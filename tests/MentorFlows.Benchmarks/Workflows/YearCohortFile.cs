using System.Globalization;
using System.Text;

namespace MentorFlows.Benchmarks.Workflows;

/// <summary>
/// A cohort file for the year benchmark, deterministic from its size: mentees and mentors spread round-robin over
/// 15 Schools with 3 courses each, every mentor cleared with capacity 5 except one in 12 not cleared, one in 25
/// mentees aged 17 at the start (and one mentor in 5 cleared for under-18s), one in 50 at risk (one mentor in 4
/// consenting).
/// </summary>
internal static class YearCohortFile
{
    private const int Schools = 15;

    public static byte[] Create(int mentees, int mentors)
    {
        var text = new StringBuilder("student_id,first_name,last_name,email,role,school,course,gender,gender_preference,date_of_birth,mentor_capacity,training_completed,contract_signed,right_to_work_checked,can_mentor_under_18,at_risk,at_risk_consent,conflicts\n");
        for (var i = 0; i < mentors; i++)
        {
            var cleared = i % 12 != 11 ? "yes" : "no";
            Row(text, string.Create(CultureInfo.InvariantCulture, $"M{i:D6}"), "mentor", i, "2003-05-01", "5", cleared, i % 5 == 0 ? "yes" : "no", "no", i % 4 == 0 ? "yes" : "no");
        }

        for (var i = 0; i < mentees; i++)
        {
            Row(text, string.Create(CultureInfo.InvariantCulture, $"S{i:D6}"), "mentee", i, i % 25 == 0 ? "2008-06-01" : "2006-03-01", "", "", "", i % 50 == 0 ? "yes" : "no", "");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Row(StringBuilder text, string id, string role, int index, string born, string capacity, string cleared, string under18, string atRisk, string consent)
    {
        var school = index % Schools;
        text.Append(CultureInfo.InvariantCulture, $"{id},First{id},Last{id},{id.ToLowerInvariant()}@example.ac.uk,{role},School {school:D2},Course {school:D2}-{index % 3},")
            .Append(index % 2 == 0 ? "female" : "male").Append(",,").Append(born).Append(',').Append(capacity).Append(',')
            .Append(cleared).Append(',').Append(cleared).Append(',').Append(cleared).Append(',').Append(under18).Append(',')
            .Append(atRisk).Append(',').Append(consent).Append(",\n");
    }
}
