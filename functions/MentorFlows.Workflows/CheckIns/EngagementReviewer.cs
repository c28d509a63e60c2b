using System.Globalization;
using MentorFlows.Domain.Engagement;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Workflows.CheckIns;

/// <summary>
/// Applies Domain's <see cref="EngagementRules"/> to one pair after a check-in round's answers are in (at the next
/// round, or at closure for the last): a nudge to the mentor after two months without a meeting, the coordinator told
/// after three, and told of over-reliance. A pair's history holds only the rounds it was asked in (made before the
/// round went out, and running in the month it covered), so a late or re-matched pair is not blamed for months it
/// did not exist. A paused pair is not assessed.
/// </summary>
public sealed class EngagementReviewer
{
    private readonly SchemeYear _year;
    private readonly ICheckInStore _checkIns;
    private readonly EmailComposer _composer;
    private readonly EmailDispatcher _dispatcher;
    private readonly SchemeTimeline _timeline;

    public EngagementReviewer(SchemeYear year, ICheckInStore checkIns, EmailComposer composer, EmailDispatcher dispatcher, SchemeTimeline timeline)
    {
        _year = year;
        _checkIns = checkIns;
        _composer = composer;
        _dispatcher = dispatcher;
        _timeline = timeline;
    }

    /// <summary>The rounds up to <paramref name="upTo"/> that asked about <paramref name="match"/>.</summary>
    public IReadOnlyList<CheckInRound> RoundsAsked(MatchRecord match, int upTo)
    {
        ArgumentNullException.ThrowIfNull(match);
        var start = _year.DateOf(match.MatchedAtUtc);
        return [.. _year.Calendar.CheckInRounds.Where(r => r.Number <= upTo && r.CoveredMonth.LastDay >= start && UtcInstants.ToDateTime(r.At) >= match.MatchedAtUtc)];
    }

    /// <returns>How many signals the pair raised.</returns>
    public async Task<int> ReviewAsync(
        MatchRecord match,
        CheckInRound round,
        ParticipantRecord mentor,
        ParticipantRecord mentee,
        DateTime atUtc,
        bool nudgeMentor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentNullException.ThrowIfNull(mentee);
        var asked = RoundsAsked(match, round.Number);
        if (match.Status != MatchStatus.Active || asked.Count == 0 || asked[^1].Number != round.Number)
        {
            return 0;
        }

        var answers = await _checkIns.ListForMatchAsync(match.MatchId, cancellationToken).ConfigureAwait(false);
        var history = asked.Select(r => new PairCheckInMonth(
            r.CoveredMonth.Number,
            Answer(answers, r.Number, CheckInRespondent.Mentor),
            Answer(answers, r.Number, CheckInRespondent.Mentee))).ToList();
        var assessment = _year.Engagement.Assess(history);
        var at = UtcInstants.ToInstant(atUtc);
        foreach (var signal in assessment.Signals)
        {
            if (signal == EngagementSignal.NudgeMentor)
            {
                if (!nudgeMentor)
                {
                    continue;
                }

                await _dispatcher.SendUnlessAsync(RecipientRules.Check(mentor, Email.EmailKind.Nudge),
                    _composer.Nudge(mentor.Person, mentee.Person, assessment.MonthsWithoutMeeting, round, at), atUtc, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _dispatcher.SendAsync(
                    _composer.EngagementNotice(match.MentorId, match.MenteeId, signal, assessment.MonthsWithoutMeeting, round, at), atUtc, cancellationToken).ConfigureAwait(false);
            }

            await _timeline.RecordAsync(TimelineEventKind.EngagementFlagged, match.MatchId, atUtc, cancellationToken,
                discriminator: string.Create(CultureInfo.InvariantCulture, $"{round.Number}:{signal}"),
                details: new Dictionary<string, string>
                {
                    ["signal"] = signal.ToString(),
                    ["round"] = round.Number.ToString(CultureInfo.InvariantCulture),
                    ["monthsWithoutMeeting"] = assessment.MonthsWithoutMeeting.ToString(CultureInfo.InvariantCulture),
                }).ConfigureAwait(false);
        }

        return assessment.Signals.Count;
    }

    private static CheckInAnswer? Answer(IReadOnlyList<CheckInResponse> answers, int round, CheckInRespondent respondent) =>
        answers.FirstOrDefault(a => a.Round == round && a.Respondent == respondent) is { } answer
            ? new CheckInAnswer(answer.Met, answer.Hours, answer.DailyContact)
            : null;
}
