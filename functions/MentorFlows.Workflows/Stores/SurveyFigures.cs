using MentorFlows.Domain.Surveys;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// The anonymous figures of one survey: how many answers are on record, the sum of their ratings, and how many would
/// recommend the scheme. Counts only, no comment and nobody named; answers of erased students are no longer counted.
/// </summary>
public sealed record SurveyFigures(SurveyPoint Point, int Answers, int RatingTotal, int WouldRecommend)
{
    /// <summary>The mean rating to two decimal places (away from zero); null when nobody has answered.</summary>
    public decimal? MeanRating => Answers == 0 ? null : Math.Round((decimal)RatingTotal / Answers, 2, MidpointRounding.AwayFromZero);
}
