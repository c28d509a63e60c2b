using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;

namespace MentorFlows.Api.Http;

/// <summary>
/// Content negotiation for the coordinator routes emails link to: a request whose <c>Accept</c> names
/// <c>text/html</c> (with a quality above zero, as every browser's navigation does) gets the HTML view; anything else,
/// no Accept, <c>*/*</c> or <c>application/json</c>, gets JSON, the API's default.
/// </summary>
public static class BrowserRequest
{
    public static bool WantsHtml(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        IList<Microsoft.Net.Http.Headers.MediaTypeHeaderValue> accept;
        try
        {
            accept = new RequestHeaders(http.Request.Headers).Accept;
        }
        catch (FormatException)
        {
            return false;
        }

        return accept.Any(media => media.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (media.Quality ?? 1) > 0);
    }
}
