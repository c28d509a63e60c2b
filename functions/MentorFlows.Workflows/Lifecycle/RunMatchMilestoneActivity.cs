using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.Lifecycle;

/// <summary>
/// Sends a match milestone's emails, checking the match and both people at send time:
/// <list type="bullet">
/// <item>introduction: one email to the mentee on the mentor's behalf (Reply-To the mentor, mentor copied, the
/// coordinator copied for an under-18); a re-match intro when the mentee had a match before;</item>
/// <item>review: the survey to the mentee, and the mentor's one review email of the day listing each of their
/// mentees whose same review is due that day (so a mentor of five gets one email, not five);</item>
/// </list>
/// A paused or ended match, or a person who left, gets nothing (recorded as skipped).
/// </summary>
public sealed class RunMatchMilestoneActivity : IActivity<MatchMilestoneInput, EmailBatchResult>
{
    private readonly SchemeYear _year;
    private readonly IMatchStore _matches;
    private readonly IParticipantStore _participants;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;
    private readonly SchemeTimeline _timeline;

    public RunMatchMilestoneActivity(
        SchemeYear year,
        IMatchStore matches,
        IParticipantStore participants,
        EmailComposer composer,
        EmailDispatcher dispatcher,
        SchemeTimeline timeline)
    {
        _year = year;
        _matches = matches;
        _participants = participants;
        _composer = composer;
        _dispatcher = dispatcher;
        _timeline = timeline;
    }

    public async Task<EmailBatchResult> RunAsync(IActivityContext context, MatchMilestoneInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var match = await _matches.GetAsync(input.MatchId, cancellationToken).ConfigureAwait(false);
        var kind = input.Milestone == MatchMilestone.Introduction ? EmailKind.Intro : ReviewKind(input.Milestone);
        if (match is null)
        {
            await _dispatcher.SkipAsync(kind, input.MatchId, SkipReason.MatchEnded, input.AtUtc, cancellationToken).ConfigureAwait(false);
            return EmailBatchResult.None.Add(false);
        }

        var people = (await _participants.GetManyAsync([match.MenteeId, match.MentorId], cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.StudentId, StringComparer.Ordinal);
        var mentee = people.GetValueOrDefault(match.MenteeId);
        var mentor = people.GetValueOrDefault(match.MentorId);
        if (mentee is null || mentor is null)
        {
            await _dispatcher.SkipAsync(kind, input.MatchId, SkipReason.RecipientErased, input.AtUtc, cancellationToken).ConfigureAwait(false);
            return EmailBatchResult.None.Add(false);
        }

        var at = UtcInstants.ToInstant(input.AtUtc);
        var pairSkip = RecipientRules.Check(match);
        if (input.Milestone == MatchMilestone.Introduction)
        {
            var hadMatchBefore = (await _matches.ListForStudentAsync(match.MenteeId, cancellationToken).ConfigureAwait(false))
                .Any(m => m.MatchId != match.MatchId && m.MenteeId == match.MenteeId && m.MatchedAtUtc <= match.MatchedAtUtc);
            var intro = hadMatchBefore ? _composer.RematchIntro(mentor.Person, mentee.Person, at) : _composer.Intro(mentor.Person, mentee.Person, at);
            var skip = pairSkip ?? RecipientRules.Check(mentee, intro.Kind) ?? RecipientRules.Check(mentor, intro.Kind);
            return EmailBatchResult.None.Add(await _dispatcher.SendUnlessAsync(skip, intro, input.AtUtc, cancellationToken).ConfigureAwait(false));
        }

        var point = input.Milestone == MatchMilestone.MidPointReview ? ReviewPoint.MidPoint : ReviewPoint.EndPoint;
        var review = _year.Calendar.ReviewSurveysForMatch(_year.DateOf(match.MatchedAtUtc)).First(r => r.Point == point);
        var result = EmailBatchResult.None;
        result = result.Add(await _dispatcher.SendUnlessAsync(pairSkip ?? RecipientRules.Check(mentee, kind),
            _composer.MenteeReview(mentee.Person, mentor.Person, review, at), input.AtUtc, cancellationToken).ConfigureAwait(false));
        if (await SendMentorReviewAsync(match, mentor, review, kind, input.AtUtc, cancellationToken).ConfigureAwait(false) is { } mentorSent)
        {
            result = result.Add(mentorSent);
        }
        if (result.Sent > 0)
        {
            await _timeline.RecordAsync(TimelineEventKind.ReviewSent, match.MatchId, input.AtUtc, cancellationToken, discriminator: kind.WireName()).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>
    /// The mentor's review email for the day: one per mentor, review point and date, listing every current match of
    /// the mentor whose same review falls on the same date, leaving out a paused pair and a mentee who left. Those
    /// matches' lifecycles run at the same instant, possibly at once, so only the one with the lowest listed match id
    /// sends it (the others return null: nothing of theirs to send); its id (mentor, point, date) keeps a retry or a
    /// late re-run from sending it twice. With nobody left to list, no mentor email (recorded as skipped for this pair).
    /// </summary>
    private async Task<bool?> SendMentorReviewAsync(MatchRecord match, ParticipantRecord mentor, ReviewSurvey review, EmailKind kind, DateTime atUtc, CancellationToken cancellationToken)
    {
        var dueOn = _year.Calendar.DateOf(review.At);
        var dueMatches = (await _matches.ListForStudentAsync(mentor.StudentId, cancellationToken).ConfigureAwait(false))
            .Where(m => m.MentorId == mentor.StudentId && RecipientRules.Check(m) is null)
            .Where(m => _year.Calendar.ReviewSurveysForMatch(_year.DateOf(m.MatchedAtUtc))
                .Any(r => r.Point == review.Point && _year.Calendar.DateOf(r.At) == dueOn))
            .ToList();
        var activeMentees = (await _participants.GetManyAsync([.. dueMatches.Select(m => m.MenteeId)], cancellationToken).ConfigureAwait(false))
            .Where(p => RecipientRules.Check(p, kind) is null)
            .ToDictionary(p => p.StudentId, StringComparer.Ordinal);
        var listed = dueMatches.Where(m => activeMentees.ContainsKey(m.MenteeId)).OrderBy(m => m.MatchId, StringComparer.Ordinal).ToList();
        if (!listed.Any(m => m.MatchId == match.MatchId))
        {
            if (listed.Count > 0)
            {
                return null;
            }

            var reason = RecipientRules.Check(match) ?? SkipReason.RecipientLeft;
            await _dispatcher.SkipAsync(kind, match.MatchId, reason, atUtc, cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (listed[0].MatchId != match.MatchId)
        {
            return null;
        }

        var mentees = listed.Select(m => activeMentees[m.MenteeId].Person).ToList();
        var message = _composer.MentorReview(mentor.Person, mentees, review, UtcInstants.ToInstant(atUtc));
        return await _dispatcher.SendUnlessAsync(RecipientRules.Check(mentor, kind), message, atUtc, cancellationToken).ConfigureAwait(false);
    }

    private static EmailKind ReviewKind(MatchMilestone milestone) =>
        milestone == MatchMilestone.MidPointReview ? EmailKind.Review3Months : EmailKind.Review6Months;
}
