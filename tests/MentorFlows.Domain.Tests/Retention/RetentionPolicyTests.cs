using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Retention;
using MentorFlows.Domain.Scheme;
using MentorFlows.Domain.Tests.Scheme;
using static MentorFlows.Domain.Tests.Scheme.TestSchemes;

namespace MentorFlows.Domain.Tests.Retention;

public sealed class RetentionPolicyTests
{
    private static readonly RetentionPolicy Policy = new(new SchemeCalendar(TestSchemes.Default));
    private static readonly ConcernReference Open = ConcernReference.Create(2025, 4);

    [Fact]
    public void ErasureDueAt_StillInScheme_ThirtyDaysAfterClosure()
    {
        Assert.Equal(Utc(2026, 5, 30, 9), Policy.ErasureDueAt(null));
    }

    [Fact]
    public void ErasureDueAt_OptedOutInNovember_ThirtyDaysAfterOptingOut()
    {
        Assert.Equal(Utc(2025, 12, 20, 14), Policy.ErasureDueAt(Utc(2025, 11, 20, 14)));
    }

    [Fact]
    public void ErasureDueAt_LeftJustBeforeClosure_NeverLaterThanClosureDeadline()
    {
        var policy = new RetentionPolicy(new SchemeCalendar(TestSchemes.Default with { RetentionDaysAfterOptOut = 60 }));

        Assert.Equal(Utc(2026, 5, 30, 9), policy.ErasureDueAt(Utc(2026, 4, 20, 9)));
    }

    [Fact]
    public void Decide_BeforeDue_Keeps()
    {
        var decision = Policy.Decide(Utc(2026, 5, 30, 8), null, [Open]);

        Assert.Equal(RetentionStatus.Keep, decision.Status);
        Assert.Equal(Utc(2026, 5, 30, 9), decision.DueAt);
        Assert.Empty(decision.HeldBy);
    }

    [Fact]
    public void Decide_DueAndNoOpenConcern_ErasesNow()
    {
        var decision = Policy.Decide(Utc(2026, 5, 30, 9), null, []);

        Assert.Equal(RetentionStatus.EraseNow, decision.Status);
        Assert.Empty(decision.HeldBy);
    }

    [Fact]
    public void Decide_DueButConcernOpen_HeldByThatConcern()
    {
        var other = ConcernReference.Create(2025, 2);
        var decision = Policy.Decide(Utc(2026, 9, 1, 0), Utc(2025, 11, 20, 14), [Open, other, Open]);

        Assert.Equal(RetentionStatus.HeldByOpenConcern, decision.Status);
        Assert.Equal(Utc(2025, 12, 20, 14), decision.DueAt);
        Assert.Equal([other, Open], decision.HeldBy);
    }

    [Fact]
    public void Decide_ConcernDecidedLongAfterDue_ErasesAtOnce()
    {
        Assert.Equal(RetentionStatus.EraseNow, Policy.Decide(Utc(2026, 9, 1, 0), Utc(2025, 11, 20, 14), []).Status);
    }
}
