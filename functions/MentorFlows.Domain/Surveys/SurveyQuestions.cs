using MentorFlows.Domain.Scheme;

namespace MentorFlows.Domain.Surveys;

/// <summary>
/// What each survey asks (DOMAIN.md "Reviews" and "End-of-year closure"; people expect "few, timely, kind emails",
/// so the survey is three questions and takes a minute): how the mentoring is going (mid-point and end-point reviews)
/// or went (final feedback) on a 1–5 scale, whether they would recommend the scheme to another student, and anything
/// else they would like to say (optional). The same questions go to mentors and mentees.
/// </summary>
public static class SurveyQuestions
{
    public const string Recommend = "Would you recommend the peer mentoring scheme to another student?";

    public const string Comment = "Anything else you would like to tell us? (optional)";

    /// <summary>What a comment is used for, shown beside it: it is personal data and kept only as long as the rest.</summary>
    public const string CommentNote =
        "Only the scheme coordinators see what you write here. It is deleted with the rest of your scheme data after the scheme ends.";

    /// <summary>The words for each rating, from <see cref="SurveyAnswer.MinimumRating"/> (index 0) up.</summary>
    public static IReadOnlyList<string> RatingWords { get; } = ["Not well at all", "Not very well", "Okay", "Well", "Very well"];

    /// <summary>The rating question; <paramref name="with"/> names who the mentoring is with, e.g. "your mentor".</summary>
    public static string Rating(SurveyPoint point, string with) => point switch
    {
        SurveyPoint.FinalFeedback => $"Looking back over the year, how did peer mentoring with {with} go?",
        _ => $"How is peer mentoring with {with} going?",
    };

    /// <summary>The page's heading for <paramref name="point"/>.</summary>
    public static string Title(SurveyPoint point) => point switch
    {
        SurveyPoint.MidPointReview => "Mid-point review",
        SurveyPoint.EndPointReview => "End-point review",
        SurveyPoint.FinalFeedback => "Final feedback",
        _ => throw new ArgumentOutOfRangeException(nameof(point), point, "Unknown survey point."),
    };

    /// <summary>The survey a match's review is (the calendar's <see cref="ReviewPoint"/>).</summary>
    public static SurveyPoint For(ReviewPoint review) => review switch
    {
        ReviewPoint.MidPoint => SurveyPoint.MidPointReview,
        ReviewPoint.EndPoint => SurveyPoint.EndPointReview,
        _ => throw new ArgumentOutOfRangeException(nameof(review), review, "Unknown review point."),
    };
}
