using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using NodaTime;

namespace MentorFlows.Runtime.Tests.Simulation;

public sealed class ContactWindowYearTests
{
    [Fact]
    public async Task Year_EveryStudentEmail_GoesBetween0800And1900London()
    {
        var run = await YearRun.RunAsync(
            new CohortCsv().Mentee("S1").Mentee("S2").Mentee("S3").Mentor("M1").Mentor("M2"),
            new OptOutEvent(YearRun.Utc(2025, 10, 10, 21, 0), "S1"),
            new OptOutEvent(YearRun.Utc(2025, 11, 20, 23, 30), "S2"),
            new MentorResignedEvent(YearRun.Utc(2026, 1, 15, 6, 0), "M1"));

        var studentEmails = run.Emails.Where(e => e.Audience == EmailAudience.Students).ToList();
        Assert.NotEmpty(studentEmails);
        Assert.All(studentEmails, email =>
        {
            var local = YearRun.Local(run.SentAt[email.Id]).TimeOfDay;
            Assert.True(local >= new LocalTime(8, 0) && local < new LocalTime(19, 0), $"{email} went at {local} London time");
        });
    }

    [Theory]
    [InlineData(2025, 10, 10, 21, 0, 2025, 10, 11)] // BST: deferred to 08:00 BST, 07:00 UTC
    [InlineData(2025, 11, 20, 23, 30, 2025, 11, 21)] // GMT: deferred to 08:00 GMT, 08:00 UTC
    public async Task Year_OptOutAtNight_ConfirmationDeferredTo0800NextDay(int y, int mo, int d, int h, int mi, int ey, int emo, int ed)
    {
        var run = await YearRun.RunAsync(new CohortCsv().Mentee("S1").Mentor("M1"), new OptOutEvent(YearRun.Utc(y, mo, d, h, mi), "S1"));

        var confirmation = Assert.Single(run.OfKind(EmailKind.OptOutConfirmation));
        Assert.Equal(YearRun.Utc(ey, emo, ed, 8, 0), run.SentAt[confirmation.Id]);
    }
}
