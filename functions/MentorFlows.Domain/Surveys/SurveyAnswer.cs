namespace MentorFlows.Domain.Surveys;

/// <summary>
/// One person's answer to a survey (<see cref="SurveyQuestions"/>): a rating from <see cref="MinimumRating"/> to
/// <see cref="MaximumRating"/> (both inclusive) of how the mentoring is going or went, whether they would recommend
/// the scheme, and an optional comment of at most <see cref="MaximumCommentLength"/> characters. The comment is free
/// text, so personal data: it is erased with the student and never logged; a blank comment is stored as none.
/// Checked when built; errors name the argument, never the comment's text.
/// </summary>
public sealed record SurveyAnswer
{
    public const int MinimumRating = 1;
    public const int MaximumRating = 5;
    public const int MaximumCommentLength = 2000;

    public SurveyAnswer(int rating, bool wouldRecommend, string? comment = null)
    {
        if (rating is < MinimumRating or > MaximumRating)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, $"A rating is from {MinimumRating} to {MaximumRating}.");
        }

        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed?.Length > MaximumCommentLength)
        {
            throw new ArgumentException($"A comment is at most {MaximumCommentLength} characters.", nameof(comment));
        }

        Rating = rating;
        WouldRecommend = wouldRecommend;
        Comment = trimmed;
    }

    public int Rating { get; }

    public bool WouldRecommend { get; }

    /// <summary>Trimmed; null when none was given.</summary>
    public string? Comment { get; }

    /// <summary>Leaves the comment out: records get printed by test runners and debuggers.</summary>
    public override string ToString() => $"SurveyAnswer {{ Rating = {Rating}, WouldRecommend = {WouldRecommend}, Comment = {(Comment is null ? "none" : "given")} }}";
}
