using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Engagement;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Links;
using NodaTime;

namespace MentorFlows.Workflows.Email.Composition;

/// <summary>
/// Composes every email the scheme can send once, with made-up people, so that a scheme's edited template that
/// names an unknown placeholder fails when the host starts (naming the file, line and column) rather than on the
/// day that email is due. Loading a template set only checks that each file parses; which placeholders a kind may
/// use is known only to the composer, so the composer is what checks them.
/// </summary>
public static class EmailTemplatePreflight
{
    /// <exception cref="Templates.TemplateException">A template uses a placeholder its email does not provide.</exception>
    public static void Check(Templates.EmailTemplateSet templates, SchemeCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(calendar);
        var at = calendar.StartsAt;

        // Links only need to be well formed here: a throwaway key signs them and nobody receives them.
        var links = new SchemeLinks(new Uri("https://preflight.invalid/api/"), new ParticipantLinkSigner(new byte[ParticipantLinkSigner.MinimumKeyBytes]), at + Duration.FromDays(1));
        var composer = new EmailComposer(templates, calendar, links);
        var mentor = Person("P0000001", ParticipantRole.Mentor);
        var mentee = Person("P0000002", ParticipantRole.Mentee);
        var round = calendar.CheckInRounds.FirstOrDefault() ?? new CheckInRound(1, calendar.Months[0], at);
        var reference = ConcernReference.Create(calendar.DateOf(at).Year, 1);
        var involved = new[] { mentor.StudentId, mentee.StudentId };

        composer.Intro(mentor, mentee, at);
        composer.RematchIntro(mentor, mentee, at);
        composer.MentorCheckIn(mentor, [mentee], round, at);
        composer.MenteeCheckIn(mentee, mentor, round, at);
        composer.Nudge(mentor, mentee, 2, round, at);
        foreach (var point in Enum.GetValues<ReviewPoint>())
        {
            composer.MenteeReview(mentee, mentor, new ReviewSurvey(point, 3, at), at);
            composer.MentorReview(mentor, [mentee], new ReviewSurvey(point, 3, at), at);
        }

        composer.MentorClosure(mentor, [mentee], at);
        composer.MenteeClosure(mentee, mentor, at);
        composer.OptOutConfirmation(mentee, at, at);
        composer.MenteeLeft(mentor, mentee, at);
        composer.ConcernAcknowledgement(mentee, reference, at);
        composer.ConcernAlert(reference, ConcernCategory.Safeguarding, ConcernTriage.Assess(ConcernCategory.Safeguarding, true, false), at, involved, at);
        composer.ClearanceWaitingReminder(mentor.StudentId, mentor.School, [mentee.StudentId], 1, at);
        composer.ConcernReminder(reference, 1, involved, at);
        composer.ConcernEscalation(reference, involved, at);
        foreach (var signal in Enum.GetValues<EngagementSignal>().Where(s => s != EngagementSignal.NudgeMentor))
        {
            composer.EngagementNotice(mentor.StudentId, mentee.StudentId, signal, 3, round, at);
        }
    }

    private static Participant Person(string id, ParticipantRole role) => new()
    {
        StudentId = id,
        FirstName = "Sample",
        LastName = role.ToString(),
        Email = "sample@preflight.invalid",
        Role = role,
        School = "School of Samples",
        Course = "BA Samples",
        TrainingCompleted = true,
        ContractSigned = true,
        RightToWorkChecked = true,
    };
}
