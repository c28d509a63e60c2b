namespace MentorFlows.Domain.Concerns;

/// <summary>Who is alerted the moment a concern is reported (see <see cref="ConcernTriage"/>).</summary>
public enum ConcernAlertLevel
{
    /// <summary>No alert: the concern waits in the coordinator's list, with reminders at 2 and 5 working days.</summary>
    None,

    /// <summary>The coordinator is alerted at once, any hour.</summary>
    Coordinator,

    /// <summary>Risk of harm: the coordinator and the escalation contacts are alerted at once, any hour.</summary>
    CoordinatorAndEscalation,
}
