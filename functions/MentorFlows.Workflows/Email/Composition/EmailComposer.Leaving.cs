using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Email.Templates;
using NodaTime;
using NodaTime.Text;

namespace MentorFlows.Workflows.Email.Composition;

public sealed partial class EmailComposer
{
    /// <summary>
    /// Confirms to <paramref name="student"/> that they left at <paramref name="leftAt"/> (DOMAIN.md "Opt-out"): the
    /// last scheme email they get. A mentor's leaving is a resignation: their mentees will be matched again.
    /// </summary>
    public EmailMessage OptOutConfirmation(Participant student, Instant leftAt, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(student);
        var model = StudentModel(student)
            .Set("isMentor", student.Role == ParticipantRole.Mentor)
            .Set("retention.days", Number(Scheme.RetentionDaysAfterOptOut));
        var leftOn = LocalDatePattern.Iso.Format(_calendar.DateOf(leftAt));
        return ToStudent(EmailKind.OptOutConfirmation, student, model, sendAt, [student.StudentId, leftOn], []);
    }

    /// <summary>Tells <paramref name="mentor"/> that <paramref name="mentee"/> has left the scheme; never why.</summary>
    public EmailMessage MenteeLeft(Participant mentor, Participant mentee, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        var model = StudentModel(mentor)
            .Set("mentee.firstName", mentee.FirstName)
            .Set("mentee.fullName", mentee.FullName);
        return ToStudent(EmailKind.MenteeLeft, mentor, model, sendAt, [mentor.StudentId, mentee.StudentId], [mentee.StudentId]);
    }
}
