using MentorFlows.Domain.Cohort;
using NodaTime;

namespace MentorFlows.Domain.Matching;

/// <summary>
/// Whom clearing a mentor would help (DOMAIN.md "If the mentor is not cleared yet, the match waits for clearance"):
/// the waiting mentees the mentor could take once cleared. Every other hard rule still applies (<see cref="HardRules.AllowPair"/>
/// with the mentor as if cleared: School, under-18, at-risk, conflicts, dissolved pairs), and no more than the places
/// left in the mentor's group (<see cref="HardRules.CapacityOf"/> less their current matches).
/// </summary>
public static class ClearanceReach
{
    /// <summary>
    /// The mentees of <paramref name="waitingInPriorityOrder"/> (waiting longest first) that clearing
    /// <paramref name="mentor"/> would let be matched, in that order, at most the places left.
    /// </summary>
    public static IReadOnlyList<Participant> MenteesHelpedByClearing(
        Participant mentor,
        int currentMatches,
        IEnumerable<Participant> waitingInPriorityOrder,
        LocalDate schemeStart,
        int defaultCapacity,
        IReadOnlySet<MatchPair> dissolvedPairs)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(waitingInPriorityOrder);
        var places = HardRules.CapacityOf(mentor, defaultCapacity) - currentMatches;
        if (places <= 0)
        {
            return [];
        }

        var asIfCleared = mentor with { TrainingCompleted = true, ContractSigned = true, RightToWorkChecked = true };
        return [.. waitingInPriorityOrder.Where(mentee => HardRules.AllowPair(mentee, asIfCleared, schemeStart, dissolvedPairs)).Take(places)];
    }
}
