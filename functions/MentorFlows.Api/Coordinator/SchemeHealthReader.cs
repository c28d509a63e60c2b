using System.Globalization;
using MentorFlows.Domain;
using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;

namespace MentorFlows.Api.Coordinator;

/// <summary>
/// Counts <see cref="SchemeHealth"/> from the stores. Reads every participant, every mentor's matches and each match's
/// check-in answers: a few thousand small reads for a year's cohort, on a coordinator's request only.
/// </summary>
public sealed class SchemeHealthReader
{
    private readonly SchemeYear _year;
    private readonly IParticipantStore _participants;
    private readonly IMatchStore _matches;
    private readonly ICheckInStore _checkIns;
    private readonly ISurveyStore _surveys;
    private readonly IConcernStore _concerns;
    private readonly ISentEmailStore _emails;
    private readonly IErasureLedger _erasures;
    private readonly TimeProvider _clock;

    public SchemeHealthReader(SchemeYear year, IParticipantStore participants, IMatchStore matches, ICheckInStore checkIns, ISurveyStore surveys, IConcernStore concerns, ISentEmailStore emails, IErasureLedger erasures, TimeProvider clock)
    {
        _year = year;
        _participants = participants;
        _matches = matches;
        _checkIns = checkIns;
        _surveys = surveys;
        _concerns = concerns;
        _emails = emails;
        _erasures = erasures;
        _clock = clock;
    }

    public async Task<SchemeHealth> ReadAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var people = await _participants.ListAsync(cancellationToken);
        var receipts = await _erasures.ListReceiptsAsync(cancellationToken);
        var matches = new Dictionary<string, MatchRecord>(StringComparer.Ordinal);
        foreach (var mentor in people.Where(p => p.Person.Role == ParticipantRole.Mentor))
        {
            foreach (var match in await _matches.ListForStudentAsync(mentor.StudentId, cancellationToken))
            {
                matches.TryAdd(match.MatchId, match);
            }
        }

        var answers = new List<CheckInResponse>();
        foreach (var matchId in matches.Keys)
        {
            answers.AddRange(await _checkIns.ListForMatchAsync(matchId, cancellationToken));
        }

        var concerns = await _concerns.ListAsync(cancellationToken);
        var waiting = await _matches.ListWaitingAsync(cancellationToken);
        var emails = await _emails.CountByKindAsync(cancellationToken);
        return new SchemeHealth(
            _year.Scheme.Name,
            _year.Scheme.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _year.Scheme.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            now,
            Roles(people, receipts, ParticipantRole.Mentee),
            Roles(people, receipts, ParticipantRole.Mentor),
            people.Count(p => p.Person.Role == ParticipantRole.Mentor && p.IsActive && p.Person.IsCleared),
            new MatchCounts(
                matches.Values.Count(m => m.Status == MatchStatus.Active),
                matches.Values.Count(m => m.Status == MatchStatus.Paused),
                matches.Values.Count(m => m.Status == MatchStatus.Ended),
                waiting.Count),
            new ConcernCounts(
                concerns.Count(c => c.Status == ConcernStatus.Open),
                concerns.Count(c => c.Status == ConcernStatus.Open && c.ImmediateRisk),
                concerns.Count(c => c.Status == ConcernStatus.Decided),
                concerns.Where(c => c.Outcome is not null).GroupBy(c => WireName.Of(c.Outcome!.Value)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)),
            emails.ToDictionary(e => e.Key.WireName(), e => e.Value, StringComparer.Ordinal),
            [.. _year.Calendar.CheckInRounds.Select(round =>
            {
                var asked = UtcInstants.ToDateTime(round.At);
                var inRound = answers.Where(a => a.Round == round.Number).ToList();
                return new EngagementMonthCounts(
                    round.Number,
                    round.CoveredMonth.FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    asked,
                    asked <= now,
                    inRound.Count(a => a.Respondent == CheckInRespondent.Mentor),
                    inRound.Count(a => a.Respondent == CheckInRespondent.Mentee),
                    inRound.Where(a => a.Met).Select(a => a.MatchId).Distinct(StringComparer.Ordinal).Count(),
                    inRound.Where(a => a.Respondent == CheckInRespondent.Mentor).Sum(a => a.Hours ?? 0m),
                    inRound.Count(a => a.DailyContact));
            })],
            SurveyCounts.For(await _surveys.FiguresAsync(cancellationToken), emails));
    }

    private static RoleCounts Roles(IReadOnlyList<ParticipantRecord> people, IReadOnlyList<ErasureReceipt> receipts, ParticipantRole role)
    {
        var ofRole = people.Where(p => p.Person.Role == role).ToList();
        return new RoleCounts(
            ofRole.Count(p => p.Status == ParticipantStatus.Active),
            ofRole.Count(p => p.Status == ParticipantStatus.OptedOut),
            ofRole.Count(p => p.Status == ParticipantStatus.Resigned),
            ofRole.Count(p => p.Status == ParticipantStatus.Removed),
            receipts.Count(r => r.Role == role));
    }
}
