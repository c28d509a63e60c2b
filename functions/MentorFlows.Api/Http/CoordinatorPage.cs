using MentorFlows.Api.Html;
using Microsoft.AspNetCore.Http;

namespace MentorFlows.Api.Http;

/// <summary>
/// A coordinator's HTML view: <see cref="HtmlPage"/> with a navigation bar and a sign-out button, sent with
/// <c>Referrer-Policy: same-origin</c> (their URLs hold no token, and form posts must carry Origin).
/// </summary>
internal static class CoordinatorPage
{
    public static IResult Render(HttpContext http, string title, TrustedHtml body, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(http);
        var page = new HtmlBuilder();
        var api = http.Request.PathBase + "/api/";
        page.Append($"<nav aria-label=\"Coordinator\"><a href=\"{api}{ApiRoutes.SchemeHealth}\">Scheme health</a><a href=\"{api}{ApiRoutes.Concerns}\">Open concerns</a>");
        page.Append($"<a href=\"{api}{ApiRoutes.Unmatched}\">Unmatched mentees</a><a href=\"{api}{ApiRoutes.SurveyComments}\">Survey comments</a>");
        page.Append($"<form method=\"post\" action=\"{api}{ApiRoutes.CoordinatorSignOut}\" style=\"display:inline\"><button type=\"submit\">Sign out</button></form></nav>");
        page.Append(body);
        return HtmlPage.Render(http, title, page.ToTrusted(), status, "same-origin");
    }
}
