using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Cohorts;

namespace MentorFlows.Local.Tests.Cohorts;

public sealed class SyntheticCohortGeneratorTests
{
    [Fact]
    public void Generate_SameOptions_SameText()
    {
        var options = new SyntheticCohortOptions { MenteeCount = 300, MentorCount = 80, Seed = 7 };

        Assert.Equal(SyntheticCohortGenerator.Generate(options), SyntheticCohortGenerator.Generate(options));
        Assert.NotEqual(SyntheticCohortGenerator.Generate(options), SyntheticCohortGenerator.Generate(options with { Seed = 8 }));
    }

    [Fact]
    public void Generate_DefaultSchemeCohort_IsValidWithoutWarnings()
    {
        var options = new SyntheticCohortOptions { MenteeCount = 2_000, MentorCount = 500, SchoolCount = 12, UnclearedFraction = 0.2, Under18Count = 25 };

        var result = CohortReader.Read(new StringReader(SyntheticCohortGenerator.Generate(options)), SchemeDefaults.Settings);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal((2_500, 2_000, 500), (result.RowCount, result.MenteeCount, result.MentorCount));
        Assert.Equal(12, result.Participants.Select(p => p.School).Distinct().Count());
    }

    [Fact]
    public void Generate_Options_AreHonoured()
    {
        var options = new SyntheticCohortOptions { MenteeCount = 1_000, MentorCount = 100, SchoolCount = 4, UnclearedFraction = 0.3, Under18Count = 17 };

        var participants = CohortReader.Read(new StringReader(SyntheticCohortGenerator.Generate(options)), SchemeDefaults.Settings).Participants;

        var mentors = participants.Where(p => p.Role == ParticipantRole.Mentor).ToList();
        var mentees = participants.Where(p => p.Role == ParticipantRole.Mentee).ToList();
        Assert.Equal(30, mentors.Count(m => !m.IsCleared));
        Assert.Equal(17, mentees.Count(m => m.IsUnder18On(options.SchemeStart)));
        Assert.All(mentors.GroupBy(m => m.School), school => Assert.Contains(school, m => m.IsCleared && m.CanMentorUnder18 && m.AtRiskConsent));
        Assert.Contains(mentees, m => m.AtRisk);
        Assert.Contains(mentees, m => m.Conflicts.Count == 1 && mentors.Single(x => x.StudentId == m.Conflicts[0]).School == m.School);
        Assert.Contains(participants, p => p.LastName.Contains('\'', StringComparison.Ordinal));
        Assert.Contains(participants, p => p.School.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_ShortSchoolAndAtRiskCount_AreHonoured()
    {
        var options = new SyntheticCohortOptions { MenteeCount = 300, MentorCount = 40, SchoolCount = 4, ShortSchoolMentorCount = 2, AtRiskCount = 3 };

        var result = CohortReader.Read(new StringReader(SyntheticCohortGenerator.Generate(options)), SchemeDefaults.Settings);

        Assert.Empty(result.Errors);
        var mentorsPerSchool = result.Participants.Where(p => p.Role == ParticipantRole.Mentor).GroupBy(p => p.School).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(4, mentorsPerSchool.Count);
        Assert.Equal(2, mentorsPerSchool.Values.Min());
        Assert.Equal([12, 13, 13], mentorsPerSchool.Values.Where(v => v != 2).Order());
        Assert.Equal(3, result.Participants.Count(p => p.AtRisk));
    }

    [Fact]
    public void Generate_ImpossibleOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCohortGenerator.Generate(new SyntheticCohortOptions { MenteeCount = 3, Under18Count = 4 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCohortGenerator.Generate(new SyntheticCohortOptions { SchoolCount = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCohortGenerator.Generate(new SyntheticCohortOptions { UnclearedFraction = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCohortGenerator.Generate(new SyntheticCohortOptions { ShortSchoolMentorCount = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCohortGenerator.Generate(new SyntheticCohortOptions { MenteeCount = 2, AtRiskCount = 3, Under18Count = 0 }));
    }
}
