using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Email.Templates;
using NodaTime;

namespace MentorFlows.Workflows.Email.Composition;

public sealed partial class EmailComposer
{
    private static readonly string[] ClosureItemNames = ["mentee.firstName", "mentee.fullName"];

    /// <summary>
    /// A review survey to one side of a pair (DOMAIN.md year step 3): the mid-point review is kind review-3m, the
    /// end-point review-6m, whatever months the scheme configured.
    /// </summary>
    public EmailMessage Review(Participant recipient, Participant partner, ReviewSurvey review, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(review);
        var kind = review.Point == ReviewPoint.MidPoint ? EmailKind.Review3Months : EmailKind.Review6Months;
        var model = StudentModel(recipient)
            .Set("isMentor", recipient.Role == ParticipantRole.Mentor)
            .Set("partner.firstName", partner.FirstName)
            .Set("review.months", Number(review.AfterMonths))
            .Set("links.survey", _links.Survey(recipient.StudentId, SurveyQuestions.For(review.Point), partner.StudentId));
        return ToStudent(kind, recipient, model, sendAt, [recipient.StudentId, partner.StudentId], [partner.StudentId]);
    }

    /// <summary>
    /// End of year to a mentor (DOMAIN.md year step 4): the matches with <paramref name="mentees"/> have ended; keep in
    /// touch only if both wish; delete mentees' personal data; final feedback survey; thank-you and recognition.
    /// </summary>
    public EmailMessage MentorClosure(Participant mentor, IReadOnlyList<Participant> mentees, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentees);
        var ordered = mentees.OrderBy(mentee => mentee.StudentId, StringComparer.Ordinal).ToList();
        var items = ordered.Select(mentee => new TemplateModel()
            .Set("mentee.firstName", mentee.FirstName)
            .Set("mentee.fullName", mentee.FullName)).ToList();
        var menteeIds = ordered.Select(mentee => mentee.StudentId).ToList();
        return Closure(mentor, isMentor: true, partnerFirstName: string.Empty, items, sendAt, menteeIds);
    }

    /// <summary>End of year to a mentee: the match with <paramref name="mentor"/> has ended; keep in touch only if both wish; final survey.</summary>
    public EmailMessage MenteeClosure(Participant mentee, Participant mentor, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        return Closure(mentee, isMentor: false, mentor.FirstName, [], sendAt, [mentor.StudentId]);
    }

    private EmailMessage Closure(Participant recipient, bool isMentor, string partnerFirstName, List<TemplateModel> mentees, Instant sendAt, List<string> others)
    {
        var model = StudentModel(recipient)
            .Set("isMentor", isMentor)
            .Set("partner.firstName", partnerFirstName)
            .Set("mentees", mentees, ClosureItemNames)
            .Set("links.survey", _links.Survey(recipient.StudentId, SurveyPoint.FinalFeedback));
        return ToStudent(EmailKind.Closure, recipient, model, sendAt, [recipient.StudentId, .. others], others);
    }
}
