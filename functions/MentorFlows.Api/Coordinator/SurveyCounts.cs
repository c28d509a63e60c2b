using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Api.Coordinator;

/// <summary>
/// One survey at a glance (anonymous: no comment, nobody named): the emails that carried it, the answers on record,
/// their mean rating (1–5, two decimals; null before any answer) and how many would recommend the scheme. A mentor
/// answers a review once per mentee. Answers of erased participants are no longer counted.
/// </summary>
public sealed record SurveyCounts(SurveyPoint Point, int Sent, int Answers, decimal? MeanRating, int WouldRecommend)
{
    /// <summary>Every survey, in order, from the store's figures and the sent-email counts by kind.</summary>
    public static IReadOnlyList<SurveyCounts> For(IReadOnlyList<SurveyFigures> figures, IReadOnlyDictionary<Workflows.Email.EmailKind, int> emailsByKind) =>
        [.. Enum.GetValues<SurveyPoint>().Select(point =>
        {
            var answered = figures.FirstOrDefault(f => f.Point == point) ?? new SurveyFigures(point, 0, 0, 0);
            return new SurveyCounts(point, emailsByKind.GetValueOrDefault(SurveyScope.EmailKindOf(point)), answered.Answers, answered.MeanRating, answered.WouldRecommend);
        })];
}
