using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Engagement;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Email.Templates;
using NodaTime;

namespace MentorFlows.Workflows.Email.Composition;

public sealed partial class EmailComposer
{
    /// <summary>
    /// Weekly while mentees of <paramref name="school"/> wait whom clearing <paramref name="mentorId"/> would let be
    /// matched (<paramref name="waitingMenteeIds"/>, ids only); <paramref name="reminderNumber"/> counts from 1.
    /// </summary>
    public EmailMessage ClearanceWaitingReminder(string mentorId, string school, IReadOnlyList<string> waitingMenteeIds, int reminderNumber, Instant sendAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(mentorId);
        ArgumentException.ThrowIfNullOrEmpty(school);
        ArgumentNullException.ThrowIfNull(waitingMenteeIds);
        ArgumentOutOfRangeException.ThrowIfLessThan(reminderNumber, 1);
        var model = Reminder(CoordinatorReminderReason.ClearanceWaiting)
            .Set("mentor.id", mentorId)
            .Set("mentee.id", string.Empty)
            .Set("school", school)
            .Set("waiting.count", Number(waitingMenteeIds.Count))
            .Set("isOneWaiting", waitingMenteeIds.Count == 1)
            .Set("concern.reference", string.Empty)
            .Set("reminder.number", Number(reminderNumber))
            .Set("months", string.Empty)
            .Set("month.name", string.Empty)
            .Set("links.view", _links.Coordinator());
        return ToStaff(EmailKind.CoordinatorReminder, [Coordinator], model, sendAt, ["clearance", mentorId, Number(reminderNumber)], [mentorId, .. waitingMenteeIds]);
    }

    /// <summary>Concern <paramref name="reference"/> still waits for a decision; <paramref name="reminderNumber"/> counts from 1.</summary>
    public EmailMessage ConcernReminder(ConcernReference reference, int reminderNumber, IReadOnlyList<string> involvedStudentIds, Instant sendAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reminderNumber, 1);
        return ConcernFollowUpEmail(CoordinatorReminderReason.ConcernReminder, reference, reminderNumber, involvedStudentIds, [Coordinator], sendAt);
    }

    /// <summary>Concern <paramref name="reference"/> is still undecided after the reminders: coordinator and escalation contacts.</summary>
    public EmailMessage ConcernEscalation(ConcernReference reference, IReadOnlyList<string> involvedStudentIds, Instant sendAt) =>
        ConcernFollowUpEmail(
            CoordinatorReminderReason.ConcernEscalation,
            reference,
            0,
            involvedStudentIds,
            [Coordinator, .. Scheme.EscalationEmails.Select(address => new EmailAddress(address))],
            sendAt);

    /// <summary>
    /// Tells the coordinator what a pair's check-ins showed (<see cref="EngagementRules"/>): months without a meeting
    /// or over-reliance, for the month covered by <paramref name="round"/>.
    /// </summary>
    public EmailMessage EngagementNotice(string mentorId, string menteeId, EngagementSignal signal, int monthsWithoutMeeting, CheckInRound round, Instant sendAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(mentorId);
        ArgumentException.ThrowIfNullOrEmpty(menteeId);
        ArgumentNullException.ThrowIfNull(round);
        var reason = signal switch
        {
            EngagementSignal.TellCoordinatorNoMeetings => CoordinatorReminderReason.NoMeetings,
            EngagementSignal.TellCoordinatorOverReliance => CoordinatorReminderReason.OverReliance,
            _ => throw new ArgumentException("Only signals for the coordinator make a coordinator notice; a nudge goes to the mentor.", nameof(signal)),
        };
        var model = Reminder(reason)
            .Set("mentor.id", mentorId)
            .Set("mentee.id", menteeId)
            .Set("school", string.Empty)
            .Set("waiting.count", string.Empty)
            .Set("isOneWaiting", false)
            .Set("concern.reference", string.Empty)
            .Set("reminder.number", string.Empty)
            .Set("months", Number(monthsWithoutMeeting))
            .Set("month.name", MonthName(round.CoveredMonth))
            .Set("links.view", _links.Coordinator());
        return ToStaff(EmailKind.CoordinatorReminder, [Coordinator], model, sendAt, [reason.ToString(), mentorId, menteeId, Number(round.Number)], [mentorId, menteeId]);
    }

    private EmailMessage ConcernFollowUpEmail(
        CoordinatorReminderReason reason,
        ConcernReference reference,
        int reminderNumber,
        IReadOnlyList<string> involvedStudentIds,
        IReadOnlyList<EmailAddress> to,
        Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(involvedStudentIds);
        var model = Reminder(reason)
            .Set("mentor.id", string.Empty)
            .Set("mentee.id", string.Empty)
            .Set("school", string.Empty)
            .Set("waiting.count", string.Empty)
            .Set("isOneWaiting", false)
            .Set("concern.reference", reference.Value)
            .Set("reminder.number", reminderNumber > 0 ? Number(reminderNumber) : string.Empty)
            .Set("months", string.Empty)
            .Set("month.name", string.Empty)
            .Set("links.view", _links.CoordinatorConcern(reference));
        return ToStaff(EmailKind.CoordinatorReminder, to, model, sendAt, [reason.ToString(), reference.Value, Number(reminderNumber)], involvedStudentIds);
    }

    /// <summary>The staff names plus one flag per reason, exactly one of them true.</summary>
    private TemplateModel Reminder(CoordinatorReminderReason reason) => StaffModel()
        .Set("isClearanceWaiting", reason == CoordinatorReminderReason.ClearanceWaiting)
        .Set("isConcernReminder", reason == CoordinatorReminderReason.ConcernReminder)
        .Set("isConcernEscalation", reason == CoordinatorReminderReason.ConcernEscalation)
        .Set("isNoMeetings", reason == CoordinatorReminderReason.NoMeetings)
        .Set("isOverReliance", reason == CoordinatorReminderReason.OverReliance);
}
