using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Tests.Cohort;

/// <summary>Who a row is: student id, names, email, role, School.</summary>
public sealed class CohortReaderIdentityTests
{
    [Theory]
    [InlineData(CohortColumn.StudentId, "line 2, column student_id: missing; every row needs the student's id")]
    [InlineData(CohortColumn.FirstName, "line 2, column first_name: missing; every row needs it")]
    [InlineData(CohortColumn.LastName, "line 2, column last_name: missing; every row needs it")]
    [InlineData(CohortColumn.Email, "line 2, column email: missing; every student needs a university email address")]
    [InlineData(CohortColumn.Role, "line 2, column role: missing; write mentee or mentor")]
    [InlineData(CohortColumn.School, "line 2, column school: missing; every row needs it")]
    public void Read_RequiredValueMissing_ReportsLineAndColumn(CohortColumn column, string expected)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(column, "  "));

        Assert.Equal(expected, error.ToString());
    }

    [Theory]
    [InlineData("-12345")]
    [InlineData("=HYPERLINK(1)")]
    [InlineData("S 001")]
    [InlineData("S001ABCDEFGHIJKLMNOPQRSTUVWXYZ0123")]
    public void Read_MalformedStudentId_ReportsWithoutQuotingIt(string studentId)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.StudentId, studentId));

        Assert.Equal("line 2, column student_id: is not a student id (letters, digits, '-', '_' or '.', at most 32, starting with a letter or digit)", error.ToString());
    }

    [Fact]
    public void Read_DuplicateStudentId_ReportsTheLaterLineAndNamesTheFirst()
    {
        var result = CohortCsv.Read(CohortRow.Mentee("S001"), CohortRow.Mentee("S002"), CohortRow.Mentor("s001").With(CohortColumn.Email, "other@example.ac.uk"));

        Assert.Equal("line 4, column student_id: student id S001 already appears on line 2; each student has one row", Assert.Single(result.Errors).ToString());
        Assert.Equal(["S001", "S002"], result.Participants.Select(p => p.StudentId));
    }

    [Theory]
    [InlineData("zoe.example.ac.uk")]
    [InlineData("zoe@@example.ac.uk")]
    [InlineData("zoe@example")]
    [InlineData("zoë@example.ac.uk")]
    [InlineData("zoe smith@example.ac.uk")]
    public void Read_MalformedEmail_ReportsWithoutQuotingIt(string email)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.Email, email));

        Assert.Equal("line 2, column email: is not an email address", error.ToString());
    }

    [Theory]
    [InlineData("zoe@gmail.com")]
    [InlineData("zoe@student.example.ac.uk")]
    [InlineData("zoe@example.ac.uk.evil.com")]
    public void Read_EmailOutsideAllowedDomains_ReportsLineAndColumn(string email)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.Email, email));

        Assert.Equal("line 2, column email: is not a university address: the scheme accepts only example.ac.uk", error.ToString());
        Assert.DoesNotContain(email, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmailDomainInOtherCase_IsAccepted()
    {
        var result = CohortCsv.Read(CohortRow.Mentee("S001").With(CohortColumn.Email, "Zoe.OConnor@Example.AC.UK"));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Read_ApostropheInEmail_IsAccepted()
    {
        var result = CohortCsv.Read(CohortRow.Mentee("S001").With(CohortColumn.Email, "zoe.o'connor@example.ac.uk"));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Read_SameEmailOnTwoRows_ReportsTheLaterLine()
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001"), CohortRow.Mentee("S002").With(CohortColumn.Email, "S001@example.ac.uk"));

        Assert.Equal("line 3, column email: the same address as line 2; each student needs their own", error.ToString());
    }

    [Theory]
    [InlineData("tutor")]
    [InlineData("mentees")]
    public void Read_UnknownRole_QuotesTheRole(string role)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.Role, role));

        Assert.Equal($"line 2, column role: \"{role}\" is not a role; write mentee or mentor", error.ToString());
    }

    [Theory]
    [InlineData("zoe@example.ac.uk")]
    [InlineData("Zoë O'Connor")]
    [InlineData("Anaïs")]
    public void Read_RoleThatMayBePersonal_IsNotQuoted(string role)
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.Role, role));

        Assert.Equal("line 2, column role: the value is not a role; write mentee or mentor", error.ToString());
    }

    [Fact]
    public void Read_RowShiftedByUnquotedComma_DoesNotQuoteWhatLandsInTheRoleColumn()
    {
        var shifted = CohortRow.Mentee("S001").With(CohortColumn.FirstName, "NAME").ToCsvLine().Replace("NAME", "Zoe,Anne", StringComparison.Ordinal);

        var result = CohortCsv.Read(CohortCsv.Header + "\n" + shifted + "\n");

        Assert.Contains("line 2, column role: the value is not a role; write mentee or mentor", result.Errors.Select(e => e.ToString()));
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("example.ac.uk", StringComparison.Ordinal) && e.Column == "role");
    }

    [Theory]
    [InlineData("MENTOR")]
    [InlineData("Mentor")]
    public void Read_RoleInAnyCase_IsAccepted(string role)
    {
        var participant = Assert.Single(CohortCsv.Read(CohortRow.Mentor("M001").With(CohortColumn.Role, role)).Participants);

        Assert.Equal(ParticipantRole.Mentor, participant.Role);
    }

    [Fact]
    public void Read_NameLongerThanAHundredCharacters_IsAnError()
    {
        var error = CohortCsv.SingleError(CohortRow.Mentee("S001").With(CohortColumn.LastName, new string('a', 101)));

        Assert.Equal("line 2, column last_name: is longer than 100 characters", error.ToString());
    }

    [Fact]
    public void Read_SeveralProblemsOnOneRow_ReportsEachInColumnOrder()
    {
        var result = CohortCsv.Read(CohortRow.Mentee("S001").With(CohortColumn.Email, "zoe@gmail.com").With(CohortColumn.AtRisk, "maybe").With(CohortColumn.DateOfBirth, "17/05/2006"));

        Assert.Equal(["email", "date_of_birth", "at_risk"], result.Errors.Select(e => e.Column));
        Assert.Empty(result.Participants);
    }
}
