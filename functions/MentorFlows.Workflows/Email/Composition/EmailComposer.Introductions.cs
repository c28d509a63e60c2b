using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Email.Templates;
using NodaTime;

namespace MentorFlows.Workflows.Email.Composition;

public sealed partial class EmailComposer
{
    /// <summary>
    /// The mentor's first email to one mentee (DOMAIN.md year step 1), sent on the mentor's behalf: From the scheme
    /// address as "Mentor Name via Scheme", Reply-To the mentor, To the mentee alone, mentor copied.
    /// </summary>
    public EmailMessage Intro(Participant mentor, Participant mentee, Instant sendAt) =>
        Introduction(EmailKind.Intro, mentor, mentee, sendAt);

    /// <summary>The same introduction from a new mentor after the mentee's previous match ended (no reason given).</summary>
    public EmailMessage RematchIntro(Participant mentor, Participant mentee, Instant sendAt) =>
        Introduction(EmailKind.RematchIntro, mentor, mentee, sendAt);

    private EmailMessage Introduction(EmailKind kind, Participant mentor, Participant mentee, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        var model = StudentModel(mentee)
            .Set("mentor.firstName", mentor.FirstName)
            .Set("mentor.fullName", mentor.FullName)
            .Set("mentor.course", mentor.Course)
            .Set("mentor.school", mentor.School)
            .Set("mentee.firstName", mentee.FirstName);
        return ToStudent(
            kind,
            mentee,
            model,
            sendAt,
            idParts: [mentor.StudentId, mentee.StudentId],
            otherStudentIds: [mentor.StudentId],
            cc: CopiesFor(mentee, AddressOf(mentor)),
            from: new EmailAddress(Scheme.FromAddress, $"{mentor.FullName} via {Scheme.Name}"),
            replyTo: AddressOf(mentor));
    }
}
