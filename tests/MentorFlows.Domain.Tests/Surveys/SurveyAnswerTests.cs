using MentorFlows.Domain.Scheme;
using MentorFlows.Domain.Surveys;

namespace MentorFlows.Domain.Tests.Surveys;

public sealed class SurveyAnswerTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void New_RatingOutsideOneToFive_Throws(int rating)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyAnswer(rating, true));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("  It helped.\n", "It helped.")]
    public void New_Comment_IsTrimmedAndBlankIsNone(string? comment, string? stored)
    {
        Assert.Equal(stored, new SurveyAnswer(3, false, comment).Comment);
    }

    [Fact]
    public void New_CommentTooLong_ThrowsWithoutQuotingIt()
    {
        var comment = "secret " + new string('x', SurveyAnswer.MaximumCommentLength);

        var error = Assert.Throws<ArgumentException>(() => new SurveyAnswer(3, true, comment));

        Assert.Equal("comment", error.ParamName);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_CommentOfTheMaximumLength_IsKept_AndToStringLeavesItOut()
    {
        var answer = new SurveyAnswer(5, true, "Zoë " + new string('x', SurveyAnswer.MaximumCommentLength - 4));

        Assert.Equal(SurveyAnswer.MaximumCommentLength, answer.Comment!.Length);
        Assert.DoesNotContain("Zoë", answer.ToString(), StringComparison.Ordinal);
        Assert.Equal(new SurveyAnswer(5, true, answer.Comment), answer);
    }

    [Fact]
    public void Questions_CoverEveryPointAndRating()
    {
        Assert.Equal(SurveyAnswer.MaximumRating - SurveyAnswer.MinimumRating + 1, SurveyQuestions.RatingWords.Count);
        Assert.All(Enum.GetValues<SurveyPoint>(), point => Assert.NotEmpty(SurveyQuestions.Title(point)));
        Assert.Equal([SurveyPoint.MidPointReview, SurveyPoint.EndPointReview], Enum.GetValues<ReviewPoint>().Select(SurveyQuestions.For));
        Assert.Equal(["mid-point", "end-point", "final"], WireName.All<SurveyPoint>());
    }
}
