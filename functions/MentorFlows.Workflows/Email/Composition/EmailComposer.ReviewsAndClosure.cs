using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Email.Templates;
using NodaTime;
using NodaTime.Text;

namespace MentorFlows.Workflows.Email.Composition;

public sealed partial class EmailComposer
{
    private static readonly string[] ClosureItemNames = ["mentee.firstName", "mentee.fullName"];
    private static readonly string[] MentorReviewItemNames = ["mentee.firstName", "mentee.fullName", "links.menteeSurvey"];

    /// <summary>
    /// A review survey to a mentee about their pair (DOMAIN.md year step 3): the mid-point review is kind review-3m,
    /// the end-point review-6m, whatever months the scheme configured.
    /// </summary>
    public EmailMessage MenteeReview(Participant mentee, Participant mentor, ReviewSurvey review, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(review);
        var model = StudentModel(mentee)
            .Set("isMentor", false)
            .Set("partner.firstName", mentor.FirstName)
            .Set("review.months", Number(review.AfterMonths))
            .Set("links.survey", _links.Survey(mentee.StudentId, SurveyQuestions.For(review.Point), mentor.StudentId))
            .Set("mentees", [], MentorReviewItemNames);
        return ToStudent(ReviewKind(review.Point), mentee, model, sendAt, [mentee.StudentId, mentor.StudentId], [mentor.StudentId]);
    }

    /// <summary>
    /// A mentor's review survey (DOMAIN.md year step 3; "Students: few, timely, kind emails"): one email per mentor,
    /// review point and day, listing each of <paramref name="mentees"/> with a survey link about that pair. The id is
    /// made from the kind, the mentor and the local date <paramref name="review"/> is due, not from the mentees, so
    /// every match of the mentor whose review falls that day composes the same email and it is sent once.
    /// </summary>
    public EmailMessage MentorReview(Participant mentor, IReadOnlyList<Participant> mentees, ReviewSurvey review, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentees);
        ArgumentNullException.ThrowIfNull(review);
        if (mentees.Count == 0)
        {
            throw new ArgumentException("A mentor's review needs at least one mentee.", nameof(mentees));
        }

        var questions = SurveyQuestions.For(review.Point);
        var ordered = mentees.OrderBy(mentee => mentee.StudentId, StringComparer.Ordinal).ToList();
        var items = ordered.Select(mentee => new TemplateModel()
            .Set("mentee.firstName", mentee.FirstName)
            .Set("mentee.fullName", mentee.FullName)
            .Set("links.menteeSurvey", _links.Survey(mentor.StudentId, questions, mentee.StudentId))).ToList();
        var model = StudentModel(mentor)
            .Set("isMentor", true)
            .Set("partner.firstName", string.Empty)
            .Set("review.months", Number(review.AfterMonths))
            .Set("links.survey", string.Empty)
            .Set("mentees", items, MentorReviewItemNames);
        var dueOn = LocalDatePattern.Iso.Format(_calendar.DateOf(review.At));
        var menteeIds = ordered.Select(mentee => mentee.StudentId).ToList();
        return ToStudent(ReviewKind(review.Point), mentor, model, sendAt, [mentor.StudentId, dueOn], menteeIds);
    }

    private static EmailKind ReviewKind(ReviewPoint point) => point == ReviewPoint.MidPoint ? EmailKind.Review3Months : EmailKind.Review6Months;

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
