using MentorFlows.Domain;

namespace MentorFlows.Workflows.Email;

/// <summary>What each <see cref="EmailKind"/> implies.</summary>
public static class EmailKindExtensions
{
    /// <summary>
    /// Staff kinds are the concern alert and coordinator reminders; every other kind reaches students. This is where
    /// DOMAIN.md's "alerts to staff about safeguarding go out at once, whatever the hour" is decided: all staff email
    /// goes at once (reminders are scheduled in working hours anyway), all student email waits for the window.
    /// </summary>
    public static EmailAudience Audience(this EmailKind kind) => kind switch
    {
        EmailKind.ConcernAlert or EmailKind.CoordinatorReminder => EmailAudience.Staff,
        _ => EmailAudience.Students,
    };

    /// <summary>True when the email may go only inside the contact window (08:00–19:00 by default).</summary>
    public static bool IsSubjectToContactWindow(this EmailKind kind) => kind.Audience() == EmailAudience.Students;

    /// <summary>The DESIGN.md name, e.g. <c>checkin-mentor</c>.</summary>
    public static string WireName(this EmailKind kind) => Domain.WireName.Of(kind);
}
