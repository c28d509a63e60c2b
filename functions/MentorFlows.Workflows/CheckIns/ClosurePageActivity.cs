using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.CheckIns;

/// <summary>
/// One page of the end-of-year closure on the scheme end date (DOMAIN.md year step 4): the last round's answers are
/// assessed (the coordinator is told; a nudge to meet would come on the day the match ends, so none is sent), each
/// active mentee is told the match has ended with the final feedback survey, each active mentor gets one email for
/// all their mentees (ended, keep in touch only if both wish, delete mentees' data, survey, thanks), and every current
/// match ends. Paused pairs get no email but end too.
/// </summary>
public sealed class ClosurePageActivity : IActivity<SweepPageInput, SweepPageResult>
{
    private readonly SchemeYear _year;
    private readonly MentorGroupPages _pages;
    private readonly IMatchStore _matches;
    private readonly EngagementReviewer _engagement;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;
    private readonly SchemeTimeline _timeline;

    public ClosurePageActivity(
        SchemeYear year,
        MentorGroupPages pages,
        IMatchStore matches,
        EngagementReviewer engagement,
        EmailComposer composer,
        EmailDispatcher dispatcher,
        SchemeTimeline timeline)
    {
        _year = year;
        _pages = pages;
        _matches = matches;
        _engagement = engagement;
        _composer = composer;
        _dispatcher = dispatcher;
        _timeline = timeline;
    }

    public async Task<SweepPageResult> RunAsync(IActivityContext context, SweepPageInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lastRound = _year.Calendar.CheckInRounds.LastOrDefault();
        var groups = await _pages.ReadAsync(input.AfterMentorId, input.MaxMentors, cancellationToken).ConfigureAwait(false);
        var at = UtcInstants.ToInstant(input.AtUtc);
        var result = EmailBatchResult.None;
        var signals = 0;
        foreach (var group in groups)
        {
            var told = new List<ParticipantRecord>();
            foreach (var (match, mentee) in group.Matches)
            {
                if (mentee is not null && group.Mentor is { } mentor)
                {
                    if (lastRound is not null)
                    {
                        signals += await _engagement.ReviewAsync(match, lastRound, mentor, mentee, input.AtUtc, nudgeMentor: false, cancellationToken).ConfigureAwait(false);
                    }

                    var skip = RecipientRules.Check(match) ?? RecipientRules.Check(mentee, EmailKind.Closure);
                    result = result.Add(await _dispatcher.SendUnlessAsync(skip, _composer.MenteeClosure(mentee.Person, mentor.Person, at), input.AtUtc, cancellationToken).ConfigureAwait(false));
                    if (skip is null)
                    {
                        told.Add(mentee);
                    }
                }
            }

            if (told.Count > 0 && group.Mentor is { } closingMentor)
            {
                result = result.Add(await _dispatcher.SendUnlessAsync(RecipientRules.Check(closingMentor, EmailKind.Closure),
                    _composer.MentorClosure(closingMentor.Person, [.. told.Select(m => m.Person)], at), input.AtUtc, cancellationToken).ConfigureAwait(false));
            }

            // Ended only after the group's emails: a retried page still finds the group and sends what is missing.
            foreach (var (match, _) in group.Matches)
            {
                await _matches.UpdateAsync(match with { Status = MatchStatus.Ended, EndReason = MatchEndReason.SchemeClosed, EndedAtUtc = input.AtUtc }, cancellationToken).ConfigureAwait(false);
                await _timeline.RecordAsync(TimelineEventKind.MatchClosed, match.MatchId, input.AtUtc, cancellationToken, discriminator: "closure").ConfigureAwait(false);
            }
        }

        return new SweepPageResult(groups.Count > 0 ? groups[^1].MentorId : input.AfterMentorId, groups.Count == input.MaxMentors, result.Sent, result.Skipped, signals);
    }
}
