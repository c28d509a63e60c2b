namespace MentorFlows.Domain.Concerns;

/// <summary>
/// Which concerns alert staff the moment they are reported (DOMAIN.md "Concerns"). Every concern also waits for a
/// coordinator decision with reminders (<see cref="ConcernFollowUp"/>), whatever its triage.
/// <list type="bullet">
/// <item>Risk of harm: the reporter ticked immediate risk, or the category is safeguarding (001, 003: risk of harm to
/// self or others), or harassment or a relationship involving a mentee under 18 or an adult at risk (004: child
/// protection and safeguarding; a relationship with a minor "could involve legal proceedings"). The coordinator and
/// the escalation contacts are alerted at once, any hour.</item>
/// <item>Harassment otherwise: the coordinator alone is alerted at once. Seed 000 declares zero tolerance of
/// harassment and bullying, "a serious disciplinary offence", and names the Peer Mentor Coordinator as the one to
/// report it to, while it names the Dean of Students office for concerns about safety; so harassment reaches the
/// coordinator without waiting for the list, and reaches the escalation contacts only as risk of harm.</item>
/// <item>Every other category waits in the coordinator's list.</item>
/// </list>
/// </summary>
public static class ConcernTriage
{
    /// <param name="category">The reported category.</param>
    /// <param name="immediateRisk">The reporter said someone is at risk of harm now.</param>
    /// <param name="involvesChildOrAdultAtRisk">A person the concern is about or reported by is under 18 at scheme start or flagged as an adult at risk.</param>
    public static ConcernTriageResult Assess(ConcernCategory category, bool immediateRisk, bool involvesChildOrAdultAtRisk)
    {
        var riskOfHarm = immediateRisk
            || category == ConcernCategory.Safeguarding
            || (involvesChildOrAdultAtRisk && category is ConcernCategory.Harassment or ConcernCategory.Relationship);

        var level = riskOfHarm ? ConcernAlertLevel.CoordinatorAndEscalation
            : category == ConcernCategory.Harassment ? ConcernAlertLevel.Coordinator
            : ConcernAlertLevel.None;
        return new ConcernTriageResult(level, riskOfHarm);
    }
}
