namespace MentorFlows.Workflows.Email;

/// <summary>Who an email kind is written for.</summary>
public enum EmailAudience
{
    /// <summary>Mentors and mentees: held to the contact window, carries List-Unsubscribe.</summary>
    Students,

    /// <summary>Coordinator and escalation contacts: goes at once, any hour.</summary>
    Staff,
}
