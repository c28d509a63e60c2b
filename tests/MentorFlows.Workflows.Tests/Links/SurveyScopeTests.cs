using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Links;

namespace MentorFlows.Workflows.Tests.Links;

public sealed class SurveyScopeTests
{
    [Theory]
    [InlineData(SurveyPoint.MidPointReview, "S1001", "review-3m/S1001")]
    [InlineData(SurveyPoint.EndPointReview, "M2001", "review-6m/M2001")]
    [InlineData(SurveyPoint.MidPointReview, null, "review-3m")]
    [InlineData(SurveyPoint.FinalFeedback, null, "closure")]
    public void Format_ThenTryParse_RoundTrips(SurveyPoint point, string? partner, string text)
    {
        var scope = new SurveyScope(point, partner);

        Assert.Equal(text, scope.Format());
        Assert.True(SurveyScope.TryParse(text, out var back));
        Assert.Equal(scope, back);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("review-3m/")]
    [InlineData("closure/S1001")]
    [InlineData("review-9m/S1001")]
    [InlineData("Review-3m")]
    [InlineData("intro")]
    [InlineData("/S1001")]
    public void TryParse_AScopeTheSchemeNeverMakes_IsFalse(string? text)
    {
        Assert.False(SurveyScope.TryParse(text, out var scope));
        Assert.Null(scope);
    }
}
