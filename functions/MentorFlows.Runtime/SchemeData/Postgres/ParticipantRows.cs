using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Stores;
using NodaTime;
using Npgsql;

namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>A <see cref="ParticipantRecord"/> as a row of <c>participants</c>: one column per field of the cohort row.</summary>
internal static class ParticipantRows
{
    public const string Columns =
        "student_id, first_name, last_name, email, role, school, course, gender, gender_preference, date_of_birth, mentor_capacity, " +
        "training_completed, contract_signed, right_to_work_checked, can_mentor_under_18, at_risk, at_risk_consent, conflicts, " +
        "status, enrolled_at, left_at, first_matched_at";

    public const string Values =
        "@student_id, @first_name, @last_name, @email, @role, @school, @course, @gender, @gender_preference, @date_of_birth, @mentor_capacity, " +
        "@training_completed, @contract_signed, @right_to_work_checked, @can_mentor_under_18, @at_risk, @at_risk_consent, @conflicts, " +
        "@status, @enrolled_at, @left_at, @first_matched_at";

    /// <summary>Every column but the key, from the row being inserted (an upsert replaces the whole record).</summary>
    public static readonly string Updates = string.Join(", ", Columns.Split(", ").Skip(1).Select(column => $"{column} = EXCLUDED.{column}"));

    public static void Bind(NpgsqlParameterCollection parameters, ParticipantRecord record)
    {
        var person = record.Person;
        parameters.AddWithValue("student_id", person.StudentId);
        parameters.AddWithValue("first_name", person.FirstName);
        parameters.AddWithValue("last_name", person.LastName);
        parameters.AddWithValue("email", person.Email);
        parameters.AddWithValue("role", person.Role.ToString());
        parameters.AddWithValue("school", person.School);
        parameters.AddWithValue("course", person.Course);
        parameters.AddWithValue("gender", (object?)person.Gender ?? DBNull.Value);
        parameters.AddWithValue("gender_preference", (object?)person.GenderPreference ?? DBNull.Value);
        parameters.AddWithValue("date_of_birth", person.DateOfBirth is { } born ? born.ToDateOnly() : DBNull.Value);
        parameters.AddWithValue("mentor_capacity", (object?)person.MentorCapacity ?? DBNull.Value);
        parameters.AddWithValue("training_completed", person.TrainingCompleted);
        parameters.AddWithValue("contract_signed", person.ContractSigned);
        parameters.AddWithValue("right_to_work_checked", person.RightToWorkChecked);
        parameters.AddWithValue("can_mentor_under_18", person.CanMentorUnder18);
        parameters.AddWithValue("at_risk", person.AtRisk);
        parameters.AddWithValue("at_risk_consent", person.AtRiskConsent);
        parameters.AddWithValue("conflicts", person.Conflicts.ToArray());
        parameters.AddWithValue("status", record.Status.ToString());
        parameters.AddWithValue("enrolled_at", record.EnrolledAtUtc);
        parameters.AddWithValue("left_at", (object?)record.LeftAtUtc ?? DBNull.Value);
        parameters.AddWithValue("first_matched_at", (object?)record.FirstMatchedAtUtc ?? DBNull.Value);
    }

    public static ParticipantRecord Read(NpgsqlDataReader reader) => new(
        new Participant
        {
            StudentId = reader.GetString(0),
            FirstName = reader.GetString(1),
            LastName = reader.GetString(2),
            Email = reader.GetString(3),
            Role = Enum.Parse<ParticipantRole>(reader.GetString(4)),
            School = reader.GetString(5),
            Course = reader.GetString(6),
            Gender = reader.IsDBNull(7) ? null : reader.GetString(7),
            GenderPreference = reader.IsDBNull(8) ? null : reader.GetString(8),
            DateOfBirth = reader.IsDBNull(9) ? null : LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(9)),
            MentorCapacity = reader.IsDBNull(10) ? null : reader.GetInt32(10),
            TrainingCompleted = reader.GetBoolean(11),
            ContractSigned = reader.GetBoolean(12),
            RightToWorkChecked = reader.GetBoolean(13),
            CanMentorUnder18 = reader.GetBoolean(14),
            AtRisk = reader.GetBoolean(15),
            AtRiskConsent = reader.GetBoolean(16),
            Conflicts = reader.GetFieldValue<string[]>(17),
        },
        Enum.Parse<ParticipantStatus>(reader.GetString(18)),
        reader.GetFieldValue<DateTime>(19),
        reader.IsDBNull(20) ? null : reader.GetFieldValue<DateTime>(20),
        reader.IsDBNull(21) ? null : reader.GetFieldValue<DateTime>(21));
}
