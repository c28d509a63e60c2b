using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Sending;

/// <summary>
/// Who may still receive a scheme email, checked at send time (DOMAIN.md "Opt-out": at once, no further scheme email
/// to them, including emails already deferred; "Concerns": a paused match gets no scheme emails). Activities ask
/// this right before they send, after any wait for the contact window, so a deferred email to someone who has since
/// left or been paused is skipped, never sent.
/// </summary>
public static class RecipientRules
{
    /// <summary>
    /// An active participant receives every kind; one who left receives only the confirmation of their leaving (the
    /// last scheme email they get); someone erased or unknown receives nothing.
    /// </summary>
    public static SkipReason? Check(ParticipantRecord? recipient, EmailKind kind) => recipient switch
    {
        null => SkipReason.RecipientErased,
        { IsActive: true } => null,
        _ when kind == EmailKind.OptOutConfirmation => null,
        _ => SkipReason.RecipientLeft,
    };

    /// <summary>A paused or ended match gets no email about the pair.</summary>
    public static SkipReason? Check(MatchRecord? match) => match switch
    {
        null => SkipReason.MatchEnded,
        { Status: MatchStatus.Paused } => SkipReason.MatchPaused,
        { Status: MatchStatus.Ended } => SkipReason.MatchEnded,
        _ => null,
    };
}
