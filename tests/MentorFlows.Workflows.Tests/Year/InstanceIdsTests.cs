using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Tests.Year;

public sealed class InstanceIdsTests
{
    [Theory]
    [InlineData("cohort 2025.csv", "cohort-cohort_2025.csv-0123456789abcdef")]
    [InlineData("../../uploads/Year#1?.csv", "cohort-Year_1_.csv-0123456789abcdef")]
    [InlineData("", "cohort-upload-0123456789abcdef")]
    public void CohortUpload_AnyFileName_GivesAKeySafeIdWithTheHashPrefix(string fileName, string expected) =>
        Assert.Equal(expected, InstanceIds.CohortUpload(fileName, "0123456789ABCDEF0123"));
}
