using MentorFlows.Domain.Concerns;

namespace MentorFlows.Domain.Tests.Concerns;

public sealed class ConcernTriageTests
{
    [Theory]
    [InlineData(ConcernCategory.InappropriateBehaviour)]
    [InlineData(ConcernCategory.Boundaries)]
    [InlineData(ConcernCategory.Relationship)]
    [InlineData(ConcernCategory.DataProtection)]
    [InlineData(ConcernCategory.Other)]
    public void Assess_OrdinaryConcernWithoutRisk_WaitsInTheCoordinatorsList(ConcernCategory category)
    {
        Assert.Equal(new ConcernTriageResult(ConcernAlertLevel.None, false), ConcernTriage.Assess(category, false, false));
    }

    [Fact]
    public void Assess_Safeguarding_AlertsCoordinatorAndEscalationContacts()
    {
        Assert.Equal(
            new ConcernTriageResult(ConcernAlertLevel.CoordinatorAndEscalation, true),
            ConcernTriage.Assess(ConcernCategory.Safeguarding, false, false));
    }

    [Theory]
    [InlineData(ConcernCategory.Other)]
    [InlineData(ConcernCategory.Boundaries)]
    [InlineData(ConcernCategory.Harassment)]
    public void Assess_ImmediateRisk_IsRiskOfHarmWhateverTheCategory(ConcernCategory category)
    {
        Assert.Equal(
            new ConcernTriageResult(ConcernAlertLevel.CoordinatorAndEscalation, true),
            ConcernTriage.Assess(category, true, false));
    }

    [Fact]
    public void Assess_HarassmentWithoutRisk_AlertsCoordinatorOnly()
    {
        Assert.Equal(
            new ConcernTriageResult(ConcernAlertLevel.Coordinator, false),
            ConcernTriage.Assess(ConcernCategory.Harassment, false, false));
    }

    [Theory]
    [InlineData(ConcernCategory.Harassment)]
    [InlineData(ConcernCategory.Relationship)]
    public void Assess_HarassmentOrRelationshipInvolvingChildOrAdultAtRisk_IsRiskOfHarm(ConcernCategory category)
    {
        Assert.Equal(
            new ConcernTriageResult(ConcernAlertLevel.CoordinatorAndEscalation, true),
            ConcernTriage.Assess(category, false, true));
    }

    [Fact]
    public void Assess_LatenessKindOfConcernInvolvingChild_StaysOrdinary()
    {
        Assert.Equal(ConcernAlertLevel.None, ConcernTriage.Assess(ConcernCategory.InappropriateBehaviour, false, true).AlertLevel);
    }
}
