namespace MentorFlows.Workflows.Email.Composition;

/// <summary>Why a coordinator-reminder email is sent; each reason is one branch of the coordinator-reminder template.</summary>
public enum CoordinatorReminderReason
{
    /// <summary>A mentor's matches wait for their clearance (training, contract, right to work); weekly.</summary>
    ClearanceWaiting,

    /// <summary>A concern still waits for a decision (2 and 5 working days).</summary>
    ConcernReminder,

    /// <summary>A concern still undecided after the reminders: the escalation contacts are told too.</summary>
    ConcernEscalation,

    /// <summary>A pair has not met for the scheme's number of months (002: lack of commitment).</summary>
    NoMeetings,

    /// <summary>A pair's check-in showed over-reliance (000: more than 4 hours a month, or daily contact).</summary>
    OverReliance,
}
