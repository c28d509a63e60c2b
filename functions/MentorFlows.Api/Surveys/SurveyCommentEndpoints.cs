using MentorFlows.Api.Html;
using MentorFlows.Api.Http;
using MentorFlows.Domain;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorFlows.Api.Surveys;

/// <summary>
/// <c>GET /api/coordinator/surveys/comments</c>: every review and final-survey answer that has a comment, by survey
/// point, then respondent; <c>?point=mid-point|end-point|final</c> narrows to one survey. JSON, or a page for a
/// browser. The comments are free text (personal data): shown to coordinators, never logged.
/// </summary>
internal static class SurveyCommentEndpoints
{
    public static void Map(RouteGroupBuilder coordinator)
    {
        coordinator.MapGet("/" + ApiRoutes.SurveyComments, ListAsync)
            .WithName("ListSurveyComments")
            .WithSummary("Survey answers with a comment, by survey point; ?point=mid-point, end-point or final.")
            .Produces<IReadOnlyList<SurveyComment>>()
            .ProducesValidationProblem();
    }

    internal static async Task<IResult> ListAsync(string? point, HttpContext http, ISurveyStore surveys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        SurveyPoint? only = null;
        if (!string.IsNullOrEmpty(point))
        {
            if (!WireName.TryParse<SurveyPoint>(point, out var parsed))
            {
                return ApiProblems.Field("point", $"must be one of: {string.Join(", ", WireName.All<SurveyPoint>())}");
            }

            only = parsed;
        }

        List<SurveyComment> comments = [.. (await surveys.ListCommentedAsync(cancellationToken)).Where(a => only is null || a.Point == only).Select(SurveyComment.From)];
        return BrowserRequest.WantsHtml(http) ? CoordinatorPage.Render(http, "Survey comments", View(comments)) : Results.Ok(comments);
    }

    private static TrustedHtml View(IReadOnlyList<SurveyComment> comments)
    {
        var html = new HtmlBuilder();
        html.Append($"<p>{comments.Count} comment(s). Confidential: for the scheme coordinators only.</p>");
        foreach (var survey in comments.GroupBy(c => c.Point))
        {
            html.Append($"<h2>{WireName.Of(survey.Key)}</h2><table><thead><tr><th scope=\"col\">Student id</th><th scope=\"col\">Role</th><th scope=\"col\">About</th><th scope=\"col\">Rating</th><th scope=\"col\">Would recommend</th><th scope=\"col\">Comment</th></tr></thead><tbody>");
            foreach (var c in survey)
            {
                html.Append($"<tr><td>{c.StudentId}</td><td>{WireName.Of(c.Role)}</td><td>{c.PartnerId ?? "–"}</td><td>{c.Rating}</td><td>{(c.WouldRecommend ? "Yes" : "No")}</td><td class=\"text\">{c.Comment}</td></tr>");
            }

            html.Append($"</tbody></table>");
        }

        return html.ToTrusted();
    }
}
