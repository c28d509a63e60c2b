using MentorFlows.Domain.Cohort;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.Workflows.Stores;
using NodaTime.Text;

namespace MentorFlows.TableStorage.Mapping;

/// <summary>
/// A <see cref="ParticipantRecord"/> as an entity of table <c>SchemeParticipants</c>: partition = scheme year, row key =
/// student id, one property per field of the cohort row (dates of birth as ISO dates, conflicts as a JSON array).
/// </summary>
public static class ParticipantRows
{
    public static string RowKey(string studentId) => TableKey.Compose(studentId);

    public static TableRow ToRow(int schemeYear, ParticipantRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var person = record.Person;
        var properties = new PropertyBag()
            .Set("StudentId", person.StudentId)
            .Set("FirstName", person.FirstName)
            .Set("LastName", person.LastName)
            .Set("Email", person.Email)
            .SetEnum("Role", person.Role)
            .Set("School", person.School)
            .Set("Course", person.Course)
            .Set("Gender", person.Gender)
            .Set("GenderPreference", person.GenderPreference)
            .Set("DateOfBirth", person.DateOfBirth is { } born ? LocalDatePattern.Iso.Format(born) : null)
            .Set("MentorCapacity", person.MentorCapacity)
            .Set("TrainingCompleted", person.TrainingCompleted)
            .Set("ContractSigned", person.ContractSigned)
            .Set("RightToWorkChecked", person.RightToWorkChecked)
            .Set("CanMentorUnder18", person.CanMentorUnder18)
            .Set("AtRisk", person.AtRisk)
            .Set("AtRiskConsent", person.AtRiskConsent)
            .SetJson("Conflicts", person.Conflicts)
            .SetEnum("Status", record.Status)
            .Set("EnrolledAt", record.EnrolledAtUtc)
            .Set("LeftAt", record.LeftAtUtc)
            .Set("FirstMatchedAt", record.FirstMatchedAtUtc)
            .Build();
        return new TableRow(SchemeYearKey.Of(schemeYear), RowKey(person.StudentId), properties);
    }

    public static ParticipantRecord FromRow(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var p = row.Properties;
        var born = p.GetStringOrNull("DateOfBirth");
        var parsed = born is null ? null : LocalDatePattern.Iso.Parse(born);
        if (parsed is { Success: false })
        {
            throw new TableDataException("Property DateOfBirth does not hold an ISO date.");
        }

        return new ParticipantRecord(
            new Participant
            {
                StudentId = p.GetString("StudentId"),
                FirstName = p.GetString("FirstName"),
                LastName = p.GetString("LastName"),
                Email = p.GetString("Email"),
                Role = p.GetEnum<ParticipantRole>("Role"),
                School = p.GetString("School"),
                Course = p.GetString("Course"),
                Gender = p.GetStringOrNull("Gender"),
                GenderPreference = p.GetStringOrNull("GenderPreference"),
                DateOfBirth = parsed?.Value,
                MentorCapacity = p.GetInt32OrNull("MentorCapacity"),
                TrainingCompleted = p.GetBoolean("TrainingCompleted"),
                ContractSigned = p.GetBoolean("ContractSigned"),
                RightToWorkChecked = p.GetBoolean("RightToWorkChecked"),
                CanMentorUnder18 = p.GetBoolean("CanMentorUnder18"),
                AtRisk = p.GetBoolean("AtRisk"),
                AtRiskConsent = p.GetBoolean("AtRiskConsent"),
                Conflicts = p.GetJsonOrDefault<string[]>("Conflicts") ?? [],
            },
            p.GetEnum<ParticipantStatus>("Status"),
            p.GetUtc("EnrolledAt"),
            p.GetUtcOrNull("LeftAt"),
            p.GetUtcOrNull("FirstMatchedAt"));
    }
}
