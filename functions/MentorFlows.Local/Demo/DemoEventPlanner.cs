using MentorFlows.Domain;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using MentorFlows.Domain.Scheme;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Simulation;
using NodaTime;

namespace MentorFlows.Local.Demo;

/// <summary>Chooses the demo's people and the moments they act (see <see cref="DemoScenario"/>).</summary>
internal sealed class DemoEventPlanner
{
    private static readonly decimal[] UsualHours = [1m, 1.5m, 2m, 2m, 2.5m, 3m];

    private readonly SchemeSettings _scheme;
    private readonly SchemeCalendar _calendar;
    private readonly Dictionary<string, Participant> _people;
    private readonly MatchResult _matching;
    private readonly Random _random = new(2025);

    public DemoEventPlanner(SchemeSettings scheme, IReadOnlyList<Participant> participants, MatchResult matching)
    {
        _scheme = scheme;
        _calendar = new SchemeCalendar(scheme);
        _people = participants.ToDictionary(p => p.StudentId, StringComparer.Ordinal);
        _matching = matching;
    }

    public IReadOnlyList<SimulationEvent> Plan()
    {
        var events = new List<SimulationEvent>();
        var pairs = _matching.Matches.ToList();
        if (ClearedInFirstWeek() is { } cleared)
        {
            events.Add(new MentorClearedEvent(Local(_scheme.Start.PlusDays(7), 11, 0), cleared.StudentId));
        }

        var quietPair = pairs.First(p => Ordinary(p.MenteeId));
        var overReliantPair = pairs.First(p => Ordinary(p.MenteeId) && p != quietPair);
        var leaver = pairs.Last(p => Ordinary(p.MenteeId) && p != quietPair && p != overReliantPair);
        var optOutAt = Local(new LocalDate(_scheme.Start.Year, 11, 18), 14, 10);
        events.Add(new OptOutEvent(optOutAt, leaver.MenteeId));

        // A mentor worried about a mentee's safety late in the evening: staff are alerted at once, whatever the hour.
        var worried = pairs.First(p => p.MentorId != quietPair.MentorId && p.MentorId != overReliantPair.MentorId && p != leaver && Ordinary(p.MenteeId));
        var concernAt = Local(new LocalDate(_scheme.Start.Year + 1, 1, 20), 21, 30);
        events.Add(new ConcernEvent(concernAt, "late-evening-safeguarding", worried.MentorId, worried.MenteeId, "safeguarding", true,
            "My mentee messaged tonight saying they feel unsafe where they are staying and do not know who to talk to."));
        events.Add(new ConcernDecisionEvent(Local(new LocalDate(_scheme.Start.Year + 1, 1, 21), 10, 30), "late-evening-safeguarding", "adviceGiven"));

        // A mentor with a group, in a School with places to spare, who cannot continue: the group is re-matched.
        var resigning = pairs.GroupBy(p => p.MentorId)
            .Where(g => g.Count() >= 2 && g.All(p => p != quietPair && p != overReliantPair && p != leaver && p != worried))
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .First();
        var resignedAt = Local(new LocalDate(_scheme.Start.Year + 1, 2, 10), 9, 15);
        events.Add(new MentorResignedEvent(resignedAt, resigning.Key));

        bool Gone(MentorMatch pair, DateTime at) => (pair == leaver && at >= optOutAt) || (pair.MentorId == resigning.Key && at >= resignedAt);
        foreach (var round in _calendar.CheckInRounds)
        {
            var answeredAt = round.At.Plus(Duration.FromHours(20));
            foreach (var pair in pairs)
            {
                var at = answeredAt.Plus(Duration.FromMinutes(_random.Next(0, 5 * 24 * 60))).ToDateTimeUtc();
                if (!Gone(pair, at) && Answer(pair, round.Number, quietPair, overReliantPair) is { } answer)
                {
                    events.Add(new CheckInResponseEvent(at, pair.MenteeId, answer.Met, answer.Hours));
                }
            }
        }

        events.AddRange(SurveyAnswers(pairs, quietPair, Gone));
        return [.. events.OrderBy(e => e.At)];
    }

    /// <summary>
    /// Most mentees and about half the mentors answer each survey within a few days of its email (mentors once, not
    /// per mentee); most are happy, the quiet pair's mentee is not. A separate random source keeps the check-ins as
    /// they were before surveys were added.
    /// </summary>
    private List<SurveyResponseEvent> SurveyAnswers(List<MentorMatch> pairs, MentorMatch quietPair, Func<MentorMatch, DateTime, bool> gone)
    {
        var random = new Random(2026);
        var surveys = _calendar.ReviewSurveysForMatch(_scheme.Start)
            .Select(review => (Point: SurveyQuestions.For(review.Point), review.At))
            .Append((Point: SurveyPoint.FinalFeedback, At: _calendar.Zone.AtLeniently(_scheme.End + new LocalTime(9, 0)).ToInstant()));
        var answers = new List<SurveyResponseEvent>();
        foreach (var (point, sentAt) in surveys)
        {
            var mentorsAnswered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in pairs)
            {
                var at = sentAt.Plus(Duration.FromMinutes(random.Next(2 * 60, 3 * 24 * 60))).ToDateTimeUtc();
                var unhappy = pair == quietPair;
                if (!gone(pair, at) && random.NextDouble() < 0.7)
                {
                    answers.Add(new SurveyResponseEvent(at, pair.MenteeId, WireName.Of(point), unhappy ? 2 : random.Next(3, 6), !unhappy && random.NextDouble() < 0.9));
                }

                if (!gone(pair, at) && mentorsAnswered.Add(pair.MentorId) && random.NextDouble() < 0.5)
                {
                    answers.Add(new SurveyResponseEvent(at.AddHours(1), pair.MentorId, WireName.Of(point), random.Next(3, 6), random.NextDouble() < 0.95));
                }
            }
        }

        return answers;
    }

    /// <summary>An uncleared mentor of the School with the most mentees waiting, so clearing them places someone.</summary>
    private Participant? ClearedInFirstWeek()
    {
        var waitingBySchool = _matching.Unmatched.GroupBy(u => u.School).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        return waitingBySchool
            .Select(school => _people.Values
                .Where(p => p.Role == ParticipantRole.Mentor && !p.IsCleared && string.Equals(p.School, school.Key, StringComparison.OrdinalIgnoreCase))
                .OrderBy(p => p.StudentId, StringComparer.Ordinal)
                .FirstOrDefault())
            .FirstOrDefault(mentor => mentor is not null);
    }

    /// <summary>
    /// Most pairs answer most months and met; the quiet pair says they did not meet for the first three rounds (a nudge,
    /// then the coordinator told), the over-reliant pair reports six hours once.
    /// </summary>
    private (bool Met, decimal? Hours)? Answer(MentorMatch pair, int round, MentorMatch quietPair, MentorMatch overReliantPair)
    {
        var roll = _random.NextDouble();
        if (pair == quietPair)
        {
            return round <= 3 ? (false, null) : (true, 1m);
        }

        if (pair == overReliantPair && round == 2)
        {
            return (true, 6m);
        }

        return roll switch
        {
            < 0.12 => null,
            < 0.17 => (false, null),
            _ => (true, UsualHours[_random.Next(UsualHours.Length)]),
        };
    }

    /// <summary>An adult mentee not at risk: the demo's events stay away from the under-18s and the adult at risk.</summary>
    private bool Ordinary(string menteeId) =>
        _people[menteeId] is { AtRisk: false } mentee && !mentee.IsUnder18On(_scheme.Start);

    private DateTime Local(LocalDate date, int hour, int minute) =>
        _calendar.Zone.AtLeniently(date + new LocalTime(hour, minute)).ToInstant().ToDateTimeUtc();
}
