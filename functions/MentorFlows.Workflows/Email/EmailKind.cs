using System.Text.Json.Serialization;

namespace MentorFlows.Workflows.Email;

/// <summary>
/// Every kind of email the scheme sends (DESIGN.md outbox <c>kind</c>; wire names via <c>WireName</c>). Which kinds
/// reach students, and so wait for the contact window, is <see cref="EmailKindExtensions.Audience"/>.
/// </summary>
public enum EmailKind
{
    /// <summary>The mentor's introduction to one mentee, sent on the mentor's behalf.</summary>
    [JsonStringEnumMemberName("intro")]
    Intro,

    /// <summary>Monthly check-in to a mentor: per mentee, did you meet, roughly how many hours, anything to flag.</summary>
    [JsonStringEnumMemberName("checkin-mentor")]
    CheckInMentor,

    /// <summary>Monthly check-in to a mentee: how is it going, anything to flag.</summary>
    [JsonStringEnumMemberName("checkin-mentee")]
    CheckInMentee,

    /// <summary>Mid-point review survey (3 months by default).</summary>
    [JsonStringEnumMemberName("review-3m")]
    Review3Months,

    /// <summary>End-point review survey (6 months by default).</summary>
    [JsonStringEnumMemberName("review-6m")]
    Review6Months,

    /// <summary>End of the scheme year: the match has ended, final feedback survey; the mentor's thank-you.</summary>
    [JsonStringEnumMemberName("closure")]
    Closure,

    /// <summary>Confirms to a student that they have left the scheme.</summary>
    [JsonStringEnumMemberName("optout-confirmation")]
    OptOutConfirmation,

    /// <summary>Tells a mentor that one of their mentees has left (no reason given).</summary>
    [JsonStringEnumMemberName("mentee-left")]
    MenteeLeft,

    /// <summary>Acknowledges a concern to its reporter with its reference (never the concern's text).</summary>
    [JsonStringEnumMemberName("concern-ack")]
    ConcernAcknowledgement,

    /// <summary>Alerts staff to a concern at once: reference, category, risk flag, link (never the text).</summary>
    [JsonStringEnumMemberName("concern-alert")]
    ConcernAlert,

    /// <summary>Reminds the coordinator: clearance waiting, concern undecided or escalated, engagement.</summary>
    [JsonStringEnumMemberName("coordinator-reminder")]
    CoordinatorReminder,

    /// <summary>Introduces a new mentor to a mentee whose previous match ended.</summary>
    [JsonStringEnumMemberName("rematch-intro")]
    RematchIntro,

    /// <summary>A kind nudge to a mentor whose pair has not met for a while.</summary>
    [JsonStringEnumMemberName("nudge")]
    Nudge,
}
