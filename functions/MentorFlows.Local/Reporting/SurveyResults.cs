using MentorFlows.Domain;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Links;

namespace MentorFlows.Local.Reporting;

/// <summary>
/// One survey at a glance, anonymous: the emails that carried it (outbox), and from the run's accepted survey answers
/// (EVENTS.json) how many students answered (a later answer to the same survey replaces the earlier, as the store
/// does), their mean rating (1–5) and how many would recommend the scheme.
/// </summary>
internal sealed record SurveyResults(SurveyPoint Point, int Sent, int Answers, decimal? MeanRating, int WouldRecommend)
{
    public static IReadOnlyList<SurveyResults> For(ReportInput input)
    {
        var sent = input.Emails.GroupBy(e => e.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var latest = input.SurveyAnswers
            .Where(a => WireName.TryParse<SurveyPoint>(a.Point, out _))
            .OrderBy(a => a.At)
            .GroupBy(a => (a.StudentId, a.Point))
            .Select(g => g.Last())
            .ToList();
        return [.. Enum.GetValues<SurveyPoint>().Select(point =>
        {
            var answers = latest.Where(a => a.Point == WireName.Of(point)).ToList();
            return new SurveyResults(
                point,
                sent.GetValueOrDefault(SurveyScope.EmailKindOf(point).WireName()),
                answers.Count,
                answers.Count == 0 ? null : Math.Round((decimal)answers.Sum(a => a.Rating) / answers.Count, 2, MidpointRounding.AwayFromZero),
                answers.Count(a => a.Recommend));
        })];
    }
}
