using MentorFlows.Domain.Cohort;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.TableStorage.Tests.Support;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Tests.Mapping;

public sealed class ParticipantRowsTests
{
    [Theory]
    [InlineData(ParticipantRole.Mentee, ParticipantStatus.Active)]
    [InlineData(ParticipantRole.Mentor, ParticipantStatus.Resigned)]
    public void ToRowFromRow_AnyParticipant_RoundTrips(ParticipantRole role, ParticipantStatus status)
    {
        var record = Samples.Participant("S1", role, status: status);

        var back = ParticipantRows.FromRow(ParticipantRows.ToRow(Samples.Year, record));

        Assert.Equal(record with { Person = record.Person with { Conflicts = [] } }, back with { Person = back.Person with { Conflicts = [] } });
        Assert.Equal(record.Person.Conflicts, back.Person.Conflicts);
    }

    [Fact]
    public void ToRow_Participant_KeysByYearAndStudentIdAndLeavesNullsOut()
    {
        var record = Samples.Participant("S1", ParticipantRole.Mentor);

        var row = ParticipantRows.ToRow(Samples.Year, record);

        Assert.Equal(("2025", "S1"), (row.PartitionKey, row.RowKey));
        Assert.False(row.Properties.ContainsKey("GenderPreference"));
        Assert.False(row.Properties.ContainsKey("LeftAt"));
        Assert.Equal("2006-02-28", row.Properties["DateOfBirth"]);
        Assert.Equal(new DateTimeOffset(Samples.At), row.Properties["EnrolledAt"]);
    }

    [Fact]
    public void FromRow_MissingProperty_NamesThePropertyNotAValue()
    {
        var row = ParticipantRows.ToRow(Samples.Year, Samples.Participant("S1"));
        var broken = row with { Properties = row.Properties.Where(p => p.Key != "Email").ToDictionary(p => p.Key, p => p.Value) };

        var ex = Assert.Throws<TableDataException>(() => ParticipantRows.FromRow(broken));

        Assert.Contains("Email", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("O'Neil", ex.Message, StringComparison.Ordinal);
    }
}
