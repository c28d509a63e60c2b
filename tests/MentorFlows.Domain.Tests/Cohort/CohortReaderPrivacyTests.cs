using MentorFlows.Domain.Cohort;

namespace MentorFlows.Domain.Tests.Cohort;

public sealed class CohortReaderPrivacyTests
{
    [Fact]
    public void Read_ProblemsWithPersonalValues_NeverQuoteThem()
    {
        string[] personal = ["Xan", "thippe", "Quuxworth", "xq.quux@gmail.com", "xq@@example.ac.uk", "2006-02-31", "31/12/2006", "Jo Bloggs", "genderqueer-x"];
        var result = CohortCsv.Read(
            CohortRow.Mentee("S001").With(CohortColumn.FirstName, "Xan\nthippe").With(CohortColumn.Email, "xq.quux@gmail.com").With(CohortColumn.DateOfBirth, "2006-02-31"),
            CohortRow.Mentee("S002").With(CohortColumn.LastName, "Quuxworth" + new string('x', 100)).With(CohortColumn.Email, "xq@@example.ac.uk").With(CohortColumn.DateOfBirth, "31/12/2006"),
            CohortRow.Mentee("S003").With(CohortColumn.Conflicts, "Jo Bloggs").With(CohortColumn.Gender, "genderqueer-x" + new string('x', 50)));

        Assert.Equal(8, result.Errors.Count);
        foreach (var problem in result.Errors.Concat(result.Warnings))
        {
            Assert.DoesNotContain(personal, value => problem.ToString().Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }
}
