using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Domain.Tests.Cohort;

/// <summary>Dates, booleans, capacities, gender preferences and conflicts.</summary>
public sealed class CohortReaderValueTests
{
    [Theory]
    [InlineData("2006-02-30")]
    [InlineData("2006-13-01")]
    [InlineData("2005-02-29")]
    [InlineData("2006-00-10")]
    public void Read_ImpossibleDate_ReportsNotARealDate(string date)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.DateOfBirth, date));

        Assert.Equal("line 2, column date_of_birth: is not a real date (the month or the day does not exist)", error.ToString());
    }

    [Theory]
    [InlineData("17/05/2006")]
    [InlineData("2006-5-17")]
    [InlineData("2006-05-17T00:00")]
    [InlineData("-006-05-17")]
    [InlineData("yesterday")]
    public void Read_MalformedDate_ReportsTheFormWithoutQuotingIt(string date)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.DateOfBirth, date));

        Assert.Equal("line 2, column date_of_birth: is not a date in the form YYYY-MM-DD, such as 2007-03-14", error.ToString());
    }

    [Fact]
    public void Read_LeapDay_IsAccepted()
    {
        var participant = Assert.Single(CohortCsv.Read(CohortRow.Mentee("S001").With(CohortColumn.DateOfBirth, "2004-02-29")).Participants);

        Assert.Equal(new LocalDate(2004, 2, 29), participant.DateOfBirth);
    }

    [Fact]
    public void Read_MenteeWithoutDateOfBirth_IsAnError()
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.DateOfBirth, ""));

        Assert.Equal("line 2, column date_of_birth: missing; a mentee's date of birth decides whether they are under 18 at the scheme start", error.ToString());
    }

    [Fact]
    public void Read_MentorWithoutDateOfBirth_IsAccepted()
    {
        var participant = Assert.Single(CohortCsv.Read(CohortRow.Mentor("M001").With(CohortColumn.DateOfBirth, "")).Participants);

        Assert.Null(participant.DateOfBirth);
    }

    [Theory]
    [InlineData("2025-10-01", "is on or after the scheme start; check the year")]
    [InlineData("2012-10-02", "gives an age at the scheme start outside 14 to 100; check the year")]
    [InlineData("1924-10-01", "gives an age at the scheme start outside 14 to 100; check the year")]
    public void Read_ImplausibleAgeAtSchemeStart_IsAnError(string date, string expected)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.DateOfBirth, date));

        Assert.Equal($"line 2, column date_of_birth: {expected}", error.ToString());
    }

    [Fact]
    public void Read_AgeIsTakenAtSchemeStart_NotAtAnyOtherDay()
    {
        // 18 on the day after the default start (2025-10-01): under 18 for this scheme; a scheme starting a day later sees an adult.
        var row = CohortRow.Mentee("S001").With(CohortColumn.DateOfBirth, "2007-10-02");
        var laterScheme = SchemeDefaults.Settings with { Start = new LocalDate(2025, 10, 2) };

        var participant = Assert.Single(CohortCsv.Read(row).Participants);
        var later = Assert.Single(CohortReader.Read(new StringReader(CohortCsv.Of(row)), laterScheme).Participants);

        Assert.True(participant.IsUnder18On(SchemeDefaults.Settings.Start));
        Assert.False(later.IsUnder18On(laterScheme.Start));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("YES", true)]
    [InlineData("True", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void Read_BooleanWords_AreRead(string text, bool expected)
    {
        var participant = Assert.Single(CohortCsv.Read(CohortRow.Mentor("M001").With(CohortColumn.ContractSigned, text)).Participants);

        Assert.Equal(expected, participant.ContractSigned);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("y")]
    [InlineData("2")]
    public void Read_BadBoolean_QuotesTheText(string text)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentor("M001").With(CohortColumn.RightToWorkChecked, text));

        Assert.Equal($"line 2, column right_to_work_checked: \"{text}\" is not yes or no (write yes, no, true, false, 1 or 0)", error.ToString());
    }

    [Theory]
    [InlineData("-2", "-2 is negative; give how many mentees this mentor can take (0 or more)")]
    [InlineData("21", "21 is more than the scheme's maximum of 20 mentees per mentor")]
    [InlineData("500", "500 is more than the scheme's maximum of 20 mentees per mentor")]
    [InlineData("3.5", "\"3.5\" is not a whole number of mentees")]
    [InlineData("five", "\"five\" is not a whole number of mentees")]
    public void Read_NegativeOrAbsurdCapacity_IsAnError(string capacity, string expected)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentor("M001").With(CohortColumn.MentorCapacity, capacity));

        Assert.Equal($"line 2, column mentor_capacity: {expected}", error.ToString());
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("0", 0)]
    [InlineData("20", 20)]
    public void Read_MentorCapacity_BlankIsSchemeDefault(string capacity, int? expected)
    {
        var participant = Assert.Single(CohortCsv.Read(CohortRow.Mentor("M001").With(CohortColumn.MentorCapacity, capacity)).Participants);

        Assert.Equal(expected, participant.MentorCapacity);
    }

    [Theory]
    [InlineData(CohortColumn.MentorCapacity, "3", "applies to mentors only; ignored for a mentee")]
    [InlineData(CohortColumn.TrainingCompleted, "yes", "applies to mentors only; ignored for a mentee")]
    [InlineData(CohortColumn.CanMentorUnder18, "yes", "applies to mentors only; ignored for a mentee")]
    public void Read_MentorValueOnMentee_WarnsAndIgnoresIt(CohortColumn column, string value, string expected)
    {
        var result = CohortCsv.Read(CohortRow.Mentee("S001").With(column, value));

        Assert.True(result.IsValid);
        Assert.Equal($"line 2, column {CohortColumns.NameOf(column)}: {expected}", Assert.Single(result.Warnings).ToString());
        var participant = Assert.Single(result.Participants);
        Assert.Equal((null, false, false), (participant.MentorCapacity, participant.TrainingCompleted, participant.CanMentorUnder18));
    }

    [Fact]
    public void Read_AtRiskOnMentor_WarnsAndIgnoresIt()
    {
        var result = CohortCsv.Read(CohortRow.Mentor("M001").With(CohortColumn.AtRisk, "yes"));

        Assert.Equal("line 2, column at_risk: applies to mentees only; ignored for a mentor", Assert.Single(result.Warnings).ToString());
        Assert.False(Assert.Single(result.Participants).AtRisk);
    }

    [Theory]
    [InlineData("")]
    [InlineData("No preference")]
    [InlineData("no_preference")]
    [InlineData("NONE")]
    [InlineData("any")]
    public void Read_BlankOrNoPreference_MeansNoGenderPreference(string text)
    {
        var participant = Assert.Single(CohortCsv.Read(CohortRow.Mentee("S001").With(CohortColumn.GenderPreference, text)).Participants);

        Assert.Null(participant.GenderPreference);
    }

    [Fact]
    public void Read_GenderAndPreference_AreLowerCase()
    {
        var participant = Assert.Single(CohortCsv.Read(CohortRow.Mentee("S001").With(CohortColumn.Gender, "Non-Binary").With(CohortColumn.GenderPreference, "Female")).Participants);

        Assert.Equal(("non-binary", "female"), (participant.Gender, participant.GenderPreference));
    }

    [Fact]
    public void Read_ConflictNamingStudentNotInFile_IsAWarningAndKept()
    {
        var result = CohortCsv.Read(CohortRow.Mentee("S001").With(CohortColumn.Conflicts, "M001;M999"), CohortRow.Mentor("M001"));

        Assert.True(result.IsValid);
        Assert.Equal("line 2, column conflicts: student id M999 is not in this file; the conflict is kept in case another upload enrols them", Assert.Single(result.Warnings).ToString());
        Assert.Equal(["M001", "M999"], result.Participants[0].Conflicts);
    }

    [Fact]
    public void Read_ConflictsWithCommasSpacesRepeatsAndOwnId_AreCleanedUp()
    {
        var result = CohortCsv.Read(CohortRow.Mentee("S001").With(CohortColumn.Conflicts, " m001 , M001;; s001 "), CohortRow.Mentor("M001"));

        Assert.Equal(["M001"], result.Participants[0].Conflicts);
        Assert.Equal("line 2, column conflicts: lists the student's own id; ignored", Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public void Read_ConflictThatIsNotAStudentId_IsAnErrorNamingItsPosition()
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.Conflicts, "M001;Jo Bloggs"), CohortRow.Mentor("M001"));

        Assert.Equal("line 2, column conflicts: entry 2 is not a student id (letters, digits, '-', '_' or '.', at most 32, starting with a letter or digit); separate ids with ';'", error.ToString());
    }

    [Fact]
    public void Read_SchemeWithOtherDomainsAndMaximum_AppliesThem()
    {
        var scheme = SchemeDefaults.Settings with { AllowedEmailDomains = ["uni.ac.uk", "student.uni.ac.uk"], MaximumMentorCapacity = 8 };
        var text = CohortCsv.Of(
            CohortRow.Mentor("M001").With(CohortColumn.Email, "a@student.uni.ac.uk").With(CohortColumn.MentorCapacity, "9"),
            CohortRow.Mentee("S001").With(CohortColumn.Email, "b@uni.ac.uk"),
            CohortRow.Mentee("S002"));

        var result = CohortReader.Read(new StringReader(text), scheme);

        Assert.Equal(
            ["line 2, column mentor_capacity: 9 is more than the scheme's maximum of 8 mentees per mentor", "line 4, column email: is not a university address: the scheme accepts only uni.ac.uk, student.uni.ac.uk"],
            result.Errors.Select(e => e.ToString()));
    }
}
