using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Email.Templates;
using NodaTime;

namespace MentorFlows.Workflows.Email.Composition;

public sealed partial class EmailComposer
{
    /// <summary>Acknowledges a concern to its reporter with its reference. Nothing of what they wrote is repeated.</summary>
    public EmailMessage ConcernAcknowledgement(Participant reporter, ConcernReference reference, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(reference);
        var model = StudentModel(reporter).Set("concern.reference", reference.Value);
        return ToStudent(EmailKind.ConcernAcknowledgement, reporter, model, sendAt, [reference.Value], []);
    }

    /// <summary>
    /// Alerts staff to a concern at once, any hour (<see cref="ConcernTriage"/>): the coordinator, and the escalation
    /// contacts too when it is risk of harm. Reference, category, risk flag, when, and the coordinator link; never the
    /// concern's text, never who reported it. <paramref name="involvedStudentIds"/> are the reporter and subject, kept
    /// for the timeline and erasure only (the email shows no id either).
    /// </summary>
    public EmailMessage ConcernAlert(
        ConcernReference reference,
        ConcernCategory category,
        ConcernTriageResult triage,
        Instant raisedAt,
        IReadOnlyList<string> involvedStudentIds,
        Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(involvedStudentIds);
        if (triage.AlertLevel == ConcernAlertLevel.None)
        {
            throw new ArgumentException("This concern's triage calls for no alert; it waits in the coordinator's list.", nameof(triage));
        }

        var escalate = triage.AlertLevel == ConcernAlertLevel.CoordinatorAndEscalation;
        var model = StaffModel()
            .Set("concern.reference", reference.Value)
            .Set("concern.category", CategoryLabel(category))
            .Set("concern.riskOfHarm", triage.RiskOfHarm)
            .Set("concern.raisedAt", StaffTime(raisedAt))
            .Set("links.concernView", _links.CoordinatorConcern(reference))
            .Set("escalated", escalate);
        IReadOnlyList<EmailAddress> to = escalate
            ? [Coordinator, .. Scheme.EscalationEmails.Select(address => new EmailAddress(address))]
            : [Coordinator];
        return ToStaff(EmailKind.ConcernAlert, to, model, sendAt, [reference.Value], involvedStudentIds);
    }

    /// <summary>How a category reads in a staff email.</summary>
    private static string CategoryLabel(ConcernCategory category) => category switch
    {
        ConcernCategory.Harassment => "Harassment or bullying",
        ConcernCategory.Safeguarding => "Safeguarding (risk of harm)",
        ConcernCategory.InappropriateBehaviour => "Inappropriate behaviour",
        ConcernCategory.Boundaries => "Boundaries",
        ConcernCategory.Relationship => "Romantic or sexual relationship",
        ConcernCategory.DataProtection => "Data protection",
        ConcernCategory.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown concern category."),
    };
}
