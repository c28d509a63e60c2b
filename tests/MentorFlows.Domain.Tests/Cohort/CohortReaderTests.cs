using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Domain.Cohort;
using NodaTime;

namespace MentorFlows.Domain.Tests.Cohort;

public sealed class CohortReaderTests
{
    [Fact]
    public void Read_ValidMenteeAndMentor_ReturnsParticipantsWithEveryValue()
    {
        var result = CohortCsv.Read(
            CohortRow.Mentee("s001").With(CohortColumn.AtRisk, "Yes").With(CohortColumn.Conflicts, "m001; s002"),
            CohortRow.Mentor("M001").With(CohortColumn.CanMentorUnder18, "1").With(CohortColumn.AtRiskConsent, "TRUE"),
            CohortRow.Mentee("S002"));

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
        Assert.Equal(3, result.RowCount);
        Assert.Equal((2, 1), (result.MenteeCount, result.MentorCount));
        var mentee = result.Participants[0];
        Assert.Equal("S001", mentee.StudentId);
        Assert.Equal("Zoë", mentee.FirstName);
        Assert.Equal("O'Connor", mentee.LastName);
        Assert.Equal("s001@example.ac.uk", mentee.Email);
        Assert.Equal(ParticipantRole.Mentee, mentee.Role);
        Assert.Equal("School of Law", mentee.School);
        Assert.Equal("LLB Law", mentee.Course);
        Assert.Equal("female", mentee.Gender);
        Assert.Null(mentee.GenderPreference);
        Assert.Equal(new LocalDate(2006, 5, 17), mentee.DateOfBirth);
        Assert.True(mentee.AtRisk);
        Assert.Equal(["M001", "S002"], mentee.Conflicts);
        var mentor = result.Participants[1];
        Assert.Equal(ParticipantRole.Mentor, mentor.Role);
        Assert.Equal(4, mentor.MentorCapacity);
        Assert.True(mentor.IsCleared);
        Assert.True(mentor.CanMentorUnder18);
        Assert.True(mentor.AtRiskConsent);
        Assert.Empty(mentor.Conflicts);
    }

    [Fact]
    public void Read_HeaderInAnyCaseAndOrder_MatchesColumnsByName()
    {
        const string text = """
            CONFLICTS,At_Risk,Date Of Birth,School,Role,Email,Last-Name,First_Name,Student_ID
            ,no,2006-05-17,School of Law,Mentee,s001@example.ac.uk,Núñez,José
            """;

        var result = CohortCsv.Read(text.Replace("Núñez,José", "Núñez,José,S001", StringComparison.Ordinal));

        var participant = Assert.Single(result.Participants);
        Assert.Equal(("S001", "José", "Núñez", "School of Law"), (participant.StudentId, participant.FirstName, participant.LastName, participant.School));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsSkipped()
    {
        var result = CohortCsv.Read("\uFEFF" + CohortCsv.Of(CohortRow.Mentee("S001")));

        Assert.True(result.IsValid);
        Assert.Single(result.Participants);
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_ReadsAccentsAndApostrophes()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(
            CohortCsv.Of(CohortRow.Mentee("S001").With(CohortColumn.FirstName, "Anaïs-Léa").With(CohortColumn.LastName, "N'Diaye")))).ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes));

        var result = CohortReader.Read(reader, Domain.Scheme.SchemeDefaults.Settings);

        var participant = Assert.Single(result.Participants);
        Assert.Equal(("Anaïs-Léa", "N'Diaye"), (participant.FirstName, participant.LastName));
    }

    [Fact]
    public void Read_QuotedFieldsWithCommasAndQuotes_AreUnquoted()
    {
        var result = CohortCsv.Read(CohortRow.Mentee("S001")
            .With(CohortColumn.Course, "Philosophy, Politics and Economics")
            .With(CohortColumn.LastName, "\"Ali\" Khan"));

        var participant = Assert.Single(result.Participants);
        Assert.Equal("Philosophy, Politics and Economics", participant.Course);
        Assert.Equal("\"Ali\" Khan", participant.LastName);
    }

    [Fact]
    public void Read_SpacesAroundValues_AreTrimmed()
    {
        var result = CohortCsv.Read(CohortCsv.Header + "\n" + CohortRow.Mentee("S001").ToCsvLine().Replace(",", " , ", StringComparison.Ordinal));

        var participant = Assert.Single(result.Participants);
        Assert.Equal(("S001", "School of Law"), (participant.StudentId, participant.School));
    }

    [Fact]
    public void Read_BlankRowsAndRowsOfEmptyFields_AreNotCounted()
    {
        var text = CohortCsv.Header + "\n\n" + CohortRow.Mentee("S001").ToCsvLine() + "\n" + new string(',', 17) + "\n\n";

        var result = CohortCsv.Read(text);

        Assert.Equal(1, result.RowCount);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Read_ExcelSeparatorHintLine_IsSkipped()
    {
        var result = CohortCsv.Read("sep=,\n" + CohortCsv.Of(CohortRow.Mentee("S001")));

        Assert.True(result.IsValid);
        Assert.Single(result.Participants);
    }

    [Fact]
    public void Read_RowWithErrors_IsLeftOutOfParticipantsButCounted()
    {
        var result = CohortCsv.Read(CohortRow.Mentee("S001"), CohortRow.Mentee("S002").With(CohortColumn.Role, "tutor"), CohortRow.Mentee("S003"));

        Assert.False(result.IsValid);
        Assert.Equal(3, result.RowCount);
        Assert.Equal(["S001", "S003"], result.Participants.Select(p => p.StudentId));
    }

    [Fact]
    public void Read_AnyNameWithoutLineBreaks_ComesBackAsWritten()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<NonEmptyString>(),
            name =>
            {
                var value = name.Get.Trim();
                if (value.Length == 0 || value.Length > 100 || value.Any(c => char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFD' or '\uFEFF' or '\u2028' or '\u2029' or '\u0085'))
                {
                    return true;
                }

                var participant = Assert.Single(CohortCsv.Read(CohortRow.Mentee("S001").With(CohortColumn.LastName, value)).Participants);
                return participant.LastName == value;
            }).QuickCheckThrowOnFailure();
    }
}
