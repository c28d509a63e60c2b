using System.Globalization;
using MentorFlows.Domain.Surveys;
using MentorFlows.Api.Http;

namespace MentorFlows.Api.Surveys;

/// <summary>
/// A review or final feedback survey answer (<see cref="SurveyQuestions"/>): <c>rating</c> (a whole number 1–5),
/// <c>recommend</c> (would they recommend the scheme) and an optional <c>comment</c> (at most 2000 characters). The
/// survey and the pair come from the link.
/// </summary>
public sealed record SurveyAnswerRequest(int Rating, bool Recommend, string? Comment)
{
    private static readonly string RatingRule = string.Create(CultureInfo.InvariantCulture, $"a whole number from {SurveyAnswer.MinimumRating} to {SurveyAnswer.MaximumRating}");

    /// <summary>The answer as the scheme records it (the comment trimmed, a blank one dropped).</summary>
    public SurveyAnswer ToAnswer() => new(Rating, Recommend, Comment);

    public static SurveyAnswerRequest? Read(FieldReader fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var rating = fields.Number("rating", SurveyAnswer.MinimumRating, SurveyAnswer.MaximumRating);
        if (rating is null && !fields.Errors.ContainsKey("rating"))
        {
            fields.Fail("rating", $"is required ({RatingRule})");
        }
        else if (rating is { } given && decimal.Truncate(given) != given)
        {
            fields.Fail("rating", $"must be {RatingRule}");
        }

        var recommend = fields.Boolean("recommend", required: true);
        var comment = fields.Text("comment", SurveyAnswer.MaximumCommentLength, required: false);
        return fields.HasErrors ? null : new SurveyAnswerRequest((int)rating!.Value, recommend!.Value, comment);
    }

    /// <summary>Leaves the comment out (personal data).</summary>
    public override string ToString() => $"SurveyAnswerRequest {{ Rating = {Rating}, Recommend = {Recommend} }}";
}
