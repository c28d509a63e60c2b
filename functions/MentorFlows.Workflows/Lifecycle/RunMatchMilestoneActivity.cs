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
/// <item>review: the survey to the mentee and to the mentor.</item>
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

        var review = _year.Calendar.ReviewSurveysForMatch(_year.DateOf(match.MatchedAtUtc))
            .First(r => r.Point == (input.Milestone == MatchMilestone.MidPointReview ? ReviewPoint.MidPoint : ReviewPoint.EndPoint));
        var result = EmailBatchResult.None;
        result = result.Add(await _dispatcher.SendUnlessAsync(pairSkip ?? RecipientRules.Check(mentee, kind),
            _composer.Review(mentee.Person, mentor.Person, review, at), input.AtUtc, cancellationToken).ConfigureAwait(false));
        result = result.Add(await _dispatcher.SendUnlessAsync(pairSkip ?? RecipientRules.Check(mentor, kind),
            _composer.Review(mentor.Person, mentee.Person, review, at), input.AtUtc, cancellationToken).ConfigureAwait(false));
        if (result.Sent > 0)
        {
            await _timeline.RecordAsync(TimelineEventKind.ReviewSent, match.MatchId, input.AtUtc, cancellationToken, discriminator: kind.WireName()).ConfigureAwait(false);
        }

        return result;
    }

    private static EmailKind ReviewKind(MatchMilestone milestone) =>
        milestone == MatchMilestone.MidPointReview ? EmailKind.Review3Months : EmailKind.Review6Months;
}
