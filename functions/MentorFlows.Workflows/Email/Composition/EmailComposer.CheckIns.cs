using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Email.Templates;
using NodaTime;

namespace MentorFlows.Workflows.Email.Composition;

public sealed partial class EmailComposer
{
    private static readonly string[] MentorCheckInItemNames = ["mentee.firstName", "mentee.fullName", "links.met", "links.notMet"];

    /// <summary>
    /// A mentor's monthly check-in (DOMAIN.md year step 2): for each mentee, signed links to say whether they met in
    /// the covered month (the page asks roughly how many hours and whether there is anything to flag). One email for
    /// the mentees given; the id depends on them, so one email per pair is possible too without ids colliding.
    /// </summary>
    public EmailMessage MentorCheckIn(Participant mentor, IReadOnlyList<Participant> mentees, CheckInRound round, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(mentees);
        if (mentees.Count == 0)
        {
            throw new ArgumentException("A mentor's check-in needs at least one mentee.", nameof(mentees));
        }

        var ordered = mentees.OrderBy(mentee => mentee.StudentId, StringComparer.Ordinal).ToList();
        var items = ordered.Select(mentee => new TemplateModel()
            .Set("mentee.firstName", mentee.FirstName)
            .Set("mentee.fullName", mentee.FullName)
            .Set("links.met", _links.CheckInResponse(mentor.StudentId, mentee.StudentId, round.Number, met: true))
            .Set("links.notMet", _links.CheckInResponse(mentor.StudentId, mentee.StudentId, round.Number, met: false))).ToList();
        var model = StudentModel(mentor)
            .Set("month.name", MonthName(round.CoveredMonth))
            .Set("mentees", items, MentorCheckInItemNames);
        var menteeIds = ordered.Select(mentee => mentee.StudentId).ToList();
        return ToStudent(EmailKind.CheckInMentor, mentor, model, sendAt, [mentor.StudentId, Number(round.Number), .. menteeIds], menteeIds);
    }

    /// <summary>A mentee's monthly check-in: did you meet your mentor, how is it going, anything to flag.</summary>
    public EmailMessage MenteeCheckIn(Participant mentee, Participant mentor, CheckInRound round, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(round);
        var model = StudentModel(mentee)
            .Set("month.name", MonthName(round.CoveredMonth))
            .Set("mentor.firstName", mentor.FirstName)
            .Set("links.met", _links.CheckInResponse(mentee.StudentId, mentee.StudentId, round.Number, met: true))
            .Set("links.notMet", _links.CheckInResponse(mentee.StudentId, mentee.StudentId, round.Number, met: false));
        return ToStudent(EmailKind.CheckInMentee, mentee, model, sendAt, [mentee.StudentId, Number(round.Number)], [mentor.StudentId]);
    }

    /// <summary>
    /// A kind nudge to a mentor whose pair has gone <paramref name="monthsWithoutMeeting"/> months without a meeting
    /// (EngagementSignal.NudgeMentor), after the check-in <paramref name="round"/> that showed it.
    /// </summary>
    public EmailMessage Nudge(Participant mentor, Participant mentee, int monthsWithoutMeeting, CheckInRound round, Instant sendAt)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentOutOfRangeException.ThrowIfLessThan(monthsWithoutMeeting, 1);
        var model = StudentModel(mentor)
            .Set("mentee.firstName", mentee.FirstName)
            .Set("mentee.fullName", mentee.FullName)
            .Set("months", Number(monthsWithoutMeeting))
            .Set("month.name", MonthName(round.CoveredMonth));
        return ToStudent(EmailKind.Nudge, mentor, model, sendAt, [mentor.StudentId, mentee.StudentId, Number(round.Number)], [mentee.StudentId]);
    }
}
