using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Links;
using NodaTime;

namespace MentorFlows.Workflows.Tests.Links;

public sealed class SchemeLinksTests
{
    private static readonly Instant Now = Instant.FromUtc(2025, 11, 3, 10, 0);
    private static readonly Instant Expiry = Instant.FromUtc(2026, 5, 30, 9, 0);
    private static readonly ParticipantLinkSigner Signer = new(new byte[32]);
    private static readonly SchemeLinks Links = new(new Uri("https://mentoring.example.ac.uk/api"), Signer, Expiry);

    [Fact]
    public void OptOut_Link_CarriesTokenForOptOutOfThatStudent()
    {
        var link = Links.OptOut("S1001");

        Assert.StartsWith("https://mentoring.example.ac.uk/api/optout?token=", link.AbsoluteUri, StringComparison.Ordinal);
        var claims = Signer.Verify(Token(link), LinkPurpose.OptOut, Now).Claims;
        Assert.Equal(new ParticipantLinkClaims(LinkPurpose.OptOut, "S1001", Expiry), claims);
    }

    [Fact]
    public void CheckInResponse_Link_ScopesPairAndRoundAndPreselectsAnswer()
    {
        var link = Links.CheckInResponse("M2001", "S1001", 3, met: false);

        Assert.StartsWith("https://mentoring.example.ac.uk/api/checkins/respond?token=", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.EndsWith("&met=no", link.AbsoluteUri, StringComparison.Ordinal);
        var claims = Signer.Verify(Token(link), LinkPurpose.CheckInResponse, Now).Claims!;
        Assert.Equal("M2001", claims.StudentId);
        Assert.True(CheckInResponseScope.TryParse(claims.Scope, out var scope));
        Assert.Equal(new CheckInResponseScope("S1001", 3), scope);
    }

    [Fact]
    public void Survey_ReviewLink_ScopeIsTheEmailKindAndThePartner()
    {
        var link = Links.Survey("M2001", SurveyPoint.MidPointReview, "S1001");

        Assert.StartsWith("https://mentoring.example.ac.uk/api/surveys?token=", link.AbsoluteUri, StringComparison.Ordinal);
        var claims = Signer.Verify(Token(link), LinkPurpose.Survey, Now).Claims!;
        Assert.Equal(("M2001", "review-3m/S1001"), (claims.StudentId, claims.Scope));
    }

    [Fact]
    public void Survey_FinalLink_ScopeIsTheClosureKindOnly()
    {
        var claims = Signer.Verify(Token(Links.Survey("S1001", SurveyPoint.FinalFeedback)), LinkPurpose.Survey, Now).Claims!;

        Assert.Equal("closure", claims.Scope);
    }

    [Fact]
    public void Concern_Link_IsForTheConcernRouteOnly()
    {
        var link = Links.Concern("S1001");

        Assert.StartsWith("https://mentoring.example.ac.uk/api/concerns/report?token=", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(LinkVerificationFailure.WrongPurpose, Signer.Verify(Token(link), LinkPurpose.OptOut, Now).Failure);
    }

    [Fact]
    public void CoordinatorConcern_Link_NamesTheReferenceOnly()
    {
        Assert.Equal(
            "https://mentoring.example.ac.uk/api/coordinator/concerns/MF-2025-000012",
            Links.CoordinatorConcern(ConcernReference.Create(2025, 12)).AbsoluteUri);
    }

    /// <summary>
    /// The host strips query strings from its request telemetry on Azure and serve logs route patterns only, so a
    /// token must never be part of a link's path (docs/azure.md "Link tokens and telemetry").
    /// </summary>
    [Fact]
    public void ParticipantLinks_PathIsTheRouteOnly_TokenTravelsInTheQuery()
    {
        Uri[] links =
        [
            Links.OptOut("S1001"),
            Links.Concern("S1001"),
            Links.CheckInResponse("M2001", "S1001", 3, met: true),
            Links.Survey("S1001", SurveyPoint.MidPointReview, "M2001"),
            Links.Survey("S1001", SurveyPoint.FinalFeedback),
        ];
        string[] routes = [SchemeLinks.OptOutRoute, SchemeLinks.ConcernRoute, SchemeLinks.CheckInRoute, SchemeLinks.SurveyRoute, SchemeLinks.SurveyRoute];

        Assert.Equal(routes.Select(route => "/api/" + route), links.Select(link => link.AbsolutePath));
        Assert.All(links, link => Assert.NotEmpty(Token(link)));
    }

    [Theory]
    [InlineData("S1001/3", "S1001", 3)]
    [InlineData("a/b/12", "a/b", 12)]
    public void CheckInResponseScope_Parse_ReadsMenteeAndRound(string text, string mentee, int round)
    {
        Assert.True(CheckInResponseScope.TryParse(text, out var scope));
        Assert.Equal(new CheckInResponseScope(mentee, round), scope);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S1001")]
    [InlineData("/3")]
    [InlineData("S1001/0")]
    [InlineData("S1001/-1")]
    public void CheckInResponseScope_Parse_RefusesOtherText(string text)
    {
        Assert.False(CheckInResponseScope.TryParse(text, out _));
    }

    private static string Token(Uri link)
    {
        var query = link.Query.TrimStart('?').Split('&');
        return query.Single(part => part.StartsWith("token=", StringComparison.Ordinal))["token=".Length..];
    }
}
