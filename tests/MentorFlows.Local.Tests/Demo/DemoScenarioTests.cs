using MentorFlows.Api.Cohorts;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Demo;
using MentorFlows.Local.Simulation;
using MentorFlows.Workflows.Simulation;
using NodaTime;

namespace MentorFlows.Local.Tests.Demo;

public sealed class DemoScenarioTests
{
    private static readonly SchemeSettings Scheme = SchemeDefaults.Settings;

    [Fact]
    public void Create_CohortIsValidWithTheStoryTheIssueAsksFor()
    {
        var demo = DemoScenario.Create(Scheme);

        var read = CohortReader.Read(new StringReader(demo.CohortCsv), Scheme);
        Assert.Empty(read.Errors);
        Assert.Equal(5, read.Participants.Select(p => p.School).Distinct().Count());
        Assert.Contains(read.Participants, p => p.Role == ParticipantRole.Mentor && !p.IsCleared);
        Assert.Equal(3, read.Participants.Count(p => p.Role == ParticipantRole.Mentee && p.IsUnder18On(Scheme.Start)));
        Assert.Single(read.Participants, p => p.AtRisk);
        var shortSchool = demo.FirstMatching.Unmatched.GroupBy(u => u.School).OrderByDescending(g => g.Count()).First();
        Assert.True(shortSchool.Count() >= 3, "one School is short of mentors: several of its mentees wait");
        var cleared = Assert.Single(demo.Events.OfType<MentorClearedEvent>());
        Assert.Equal(shortSchool.Key, demo.Participants.Single(p => p.StudentId == cleared.StudentId).School);
    }

    [Fact]
    public void Create_EventsHaveAnOptOutANightSafeguardingConcernDecidedAResignationAndANoMeetingStreak()
    {
        var demo = DemoScenario.Create(Scheme);

        Assert.Single(demo.Events.OfType<OptOutEvent>());
        Assert.Single(demo.Events.OfType<MentorResignedEvent>());
        var concern = Assert.Single(demo.Events.OfType<ConcernEvent>());
        Assert.Equal(("safeguarding", true), (concern.Category, concern.ImmediateRisk));
        Assert.Equal(new LocalTime(21, 30), Instant.FromDateTimeUtc(concern.At).InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).TimeOfDay);
        Assert.Equal(concern.Label, Assert.Single(demo.Events.OfType<ConcernDecisionEvent>()).Label);
        var streak = demo.Events.OfType<CheckInResponseEvent>().GroupBy(c => c.StudentId).Where(g => g.OrderBy(c => c.At).Take(3).Count(c => !c.Met) == 3);
        Assert.NotEmpty(streak);
        Assert.Contains(demo.Events.OfType<CheckInResponseEvent>(), c => c.Hours > Scheme.MaximumHoursPerMonth);
        Assert.DoesNotContain(demo.Participants, p => concern.Description.Contains(p.LastName, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Create_EventsHaveSurveyAnswersToEverySurvey_FromMenteesAndMentors()
    {
        var demo = DemoScenario.Create(Scheme);

        var answers = demo.Events.OfType<SurveyResponseEvent>().ToList();
        Assert.Equal(["end-point", "final", "mid-point"], answers.Select(a => a.Point).Distinct().Order(StringComparer.Ordinal));
        var roles = answers.Select(a => demo.Participants.Single(p => p.StudentId == a.StudentId).Role).ToHashSet();
        Assert.Equal([ParticipantRole.Mentee, ParticipantRole.Mentor], roles.Order());
        Assert.All(answers, a => Assert.InRange(a.Rating, 1, 5));
        Assert.Equal(answers.Count, answers.Select(a => (a.StudentId, a.Point)).Distinct().Count());
    }

    [Fact]
    public void Create_EventsRoundTripThroughTheFileAndPassTheCohortCheck()
    {
        var demo = DemoScenario.Create(Scheme);
        using var folder = new TemporaryDirectory();
        var path = Path.Combine(folder.Path, "events.json");
        using (var file = File.Create(path))
        {
            EventsFileWriter.Write(file, demo.Events);
        }

        var back = EventsFile.Read(new FileInfo(path));

        Assert.Equal(demo.Events, back);
        Assert.Empty(EventsCohortCheck.Problems(back, demo.Participants, RunWindow.For(Scheme, null, null), "events.json"));
    }

    [Fact]
    public void Create_SameSchemeSameFiles()
    {
        var first = DemoScenario.Create(Scheme);
        var second = DemoScenario.Create(Scheme);

        Assert.Equal(first.CohortCsv, second.CohortCsv);
        Assert.Equal(first.Events, second.Events);
    }
}
