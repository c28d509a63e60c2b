using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.CheckIns;

/// <summary>
/// One page of a monthly check-in round (DOMAIN.md "Monthly check-ins"): first the previous round's answers are
/// assessed (<see cref="EngagementReviewer"/>), then each active mentor gets one email about all their active pairs
/// and each active mentee one email, with signed response links. Paused pairs and people who left get nothing.
/// </summary>
public sealed class CheckInPageActivity : IActivity<SweepPageInput, SweepPageResult>
{
    private readonly SchemeYear _year;
    private readonly MentorGroupPages _pages;
    private readonly EngagementReviewer _engagement;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;

    public CheckInPageActivity(SchemeYear year, MentorGroupPages pages, EngagementReviewer engagement, EmailComposer composer, EmailDispatcher dispatcher)
    {
        _year = year;
        _pages = pages;
        _engagement = engagement;
        _composer = composer;
        _dispatcher = dispatcher;
    }

    public async Task<SweepPageResult> RunAsync(IActivityContext context, SweepPageInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rounds = _year.Calendar.CheckInRounds;
        var round = rounds[input.Round - 1];
        var previous = input.Round > 1 ? rounds[input.Round - 2] : null;
        var groups = await _pages.ReadAsync(input.AfterMentorId, input.MaxMentors, cancellationToken).ConfigureAwait(false);
        var at = UtcInstants.ToInstant(input.AtUtc);
        var result = EmailBatchResult.None;
        var signals = 0;
        foreach (var group in groups)
        {
            if (group.Mentor is not { } mentor)
            {
                continue;
            }

            var asked = new List<ParticipantRecord>();
            foreach (var (match, mentee) in group.Matches)
            {
                if (mentee is null)
                {
                    continue;
                }

                if (previous is not null)
                {
                    signals += await _engagement.ReviewAsync(match, previous, mentor, mentee, input.AtUtc, nudgeMentor: true, cancellationToken).ConfigureAwait(false);
                }

                if (_engagement.RoundsAsked(match, round.Number).LastOrDefault()?.Number != round.Number)
                {
                    continue;
                }

                var skip = RecipientRules.Check(match) ?? RecipientRules.Check(mentee, EmailKind.CheckInMentee);
                result = result.Add(await _dispatcher.SendUnlessAsync(skip, _composer.MenteeCheckIn(mentee.Person, mentor.Person, round, at), input.AtUtc, cancellationToken).ConfigureAwait(false));
                if (skip is null)
                {
                    asked.Add(mentee);
                }
            }

            if (asked.Count > 0)
            {
                result = result.Add(await _dispatcher.SendUnlessAsync(RecipientRules.Check(mentor, EmailKind.CheckInMentor),
                    _composer.MentorCheckIn(mentor.Person, [.. asked.Select(m => m.Person)], round, at), input.AtUtc, cancellationToken).ConfigureAwait(false));
            }
        }

        return new SweepPageResult(groups.Count > 0 ? groups[^1].MentorId : input.AfterMentorId, groups.Count == input.MaxMentors, result.Sent, result.Skipped, signals);
    }
}
