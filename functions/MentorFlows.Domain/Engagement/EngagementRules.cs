using MentorFlows.Domain.Scheme;

namespace MentorFlows.Domain.Engagement;

/// <summary>
/// DOMAIN.md "Monthly check-ins", as of the latest month in a pair's history:
/// <list type="bullet">
/// <item>a month is "met" when either answer says they met; "not met" when an answer came and none says so; a month
/// with no answer (or missing from the history) counts as not met when
/// <see cref="SchemeSettings.UnansweredCheckInCountsAsNoMeeting"/>, otherwise it is skipped (neither breaks nor
/// extends a run);</item>
/// <item>the mentor is nudged when the run of months without a meeting reaches
/// <see cref="SchemeSettings.NudgeAfterMonthsWithoutMeeting"/> (2), the coordinator told when it reaches
/// <see cref="SchemeSettings.TellCoordinatorAfterMonthsWithoutMeeting"/> (3). "Reaches" means exactly: each run
/// produces one nudge and one notice, not one a month after;</item>
/// <item>over-reliance: any answer for the latest month with more than <see cref="SchemeSettings.MaximumHoursPerMonth"/>
/// hours (strictly more: 4 hours is within the commitment) or daily contact, told to the coordinator for that month.</item>
/// </list>
/// </summary>
public sealed class EngagementRules
{
    private readonly SchemeSettings _scheme;

    public EngagementRules(SchemeSettings scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        _scheme = scheme;
    }

    /// <summary>Assesses the latest month of <paramref name="history"/> (any order; one entry per month number).</summary>
    public EngagementAssessment Assess(IReadOnlyCollection<PairCheckInMonth> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            return new EngagementAssessment(0, false, []);
        }

        var byMonth = history.ToDictionary(month => month.MonthNumber);
        var latest = byMonth.Keys.Max();
        var latestCounts = Meeting(byMonth.GetValueOrDefault(latest)) == false;
        var run = MonthsWithoutMeeting(byMonth, latest, byMonth.Keys.Min());
        var overReliance = byMonth[latest].Answers.Any(answer => answer.DailyContact || answer.Hours > _scheme.MaximumHoursPerMonth);

        var signals = new List<EngagementSignal>();
        if (latestCounts && run == _scheme.NudgeAfterMonthsWithoutMeeting)
        {
            signals.Add(EngagementSignal.NudgeMentor);
        }

        if (latestCounts && run == _scheme.TellCoordinatorAfterMonthsWithoutMeeting)
        {
            signals.Add(EngagementSignal.TellCoordinatorNoMeetings);
        }

        if (overReliance)
        {
            signals.Add(EngagementSignal.TellCoordinatorOverReliance);
        }

        return new EngagementAssessment(run, overReliance, signals);
    }

    private int MonthsWithoutMeeting(Dictionary<int, PairCheckInMonth> byMonth, int latest, int first)
    {
        var run = 0;
        for (var month = latest; month >= first; month--)
        {
            switch (Meeting(byMonth.GetValueOrDefault(month)))
            {
                case true:
                    return run;
                case false:
                    run++;
                    break;
            }
        }

        return run;
    }

    /// <summary>True met, false not met, null skipped (unanswered and not counted).</summary>
    private bool? Meeting(PairCheckInMonth? month)
    {
        var answers = month?.Answers.ToList() ?? [];
        if (answers.Count == 0)
        {
            return _scheme.UnansweredCheckInCountsAsNoMeeting ? false : null;
        }

        return answers.Any(answer => answer.Met);
    }
}
