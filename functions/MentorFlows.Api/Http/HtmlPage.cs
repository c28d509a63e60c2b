using System.Text;
using MentorFlows.Api.Html;
using Microsoft.AspNetCore.Http;

namespace MentorFlows.Api.Http;

/// <summary>
/// The small pages behind email links (a confirmation, a form, a thank-you). No script, no external resource; the
/// page's URL holds a token, so no referrer leaves it, nothing caches it and no other site can frame it.
/// </summary>
internal static class HtmlPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}" +
        "label{display:block;margin:.8rem 0 .2rem}textarea,select,input[type=number],input[type=password]{width:100%;font:inherit;padding:.3rem}" +
        "button{font:inherit;padding:.5rem 1.2rem;margin-top:1rem}.note{color:#555;font-size:.9rem}" +
        "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem;border-bottom:1px solid #ccc;vertical-align:top}" +
        "nav a{margin-right:1rem}.text{white-space:pre-wrap;border-left:3px solid #999;padding-left:.8rem}";

    /// <param name="referrerPolicy">
    /// <c>no-referrer</c> for pages whose URL holds a token; coordinator pages (no token in the URL) use
    /// <c>same-origin</c> so their form posts carry the Origin the CSRF check needs (<see cref="Security.SameOriginCheck"/>).
    /// </param>
    public static IResult Render(HttpContext http, string title, TrustedHtml body, int status = StatusCodes.Status200OK, string referrerPolicy = "no-referrer")
    {
        ArgumentNullException.ThrowIfNull(http);
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers["Referrer-Policy"] = referrerPolicy;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        var page = new HtmlBuilder();
        page.Append($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Append($"<meta name=\"robots\" content=\"noindex\"><title>{title}</title><style>{new TrustedHtml(Style)}</style></head>");
        page.Append($"<body><h1>{title}</h1>{body}</body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>The form action that posts back to this page's own path with its token: a query-only relative reference.</summary>
    public static string PostBack(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return $"?{Security.SignedLinkFilter.TokenParameter}={Uri.EscapeDataString(http.Request.Query[Security.SignedLinkFilter.TokenParameter].ToString())}";
    }

    /// <summary>One paragraph of text, encoded.</summary>
    public static TrustedHtml Paragraph(string text)
    {
        var html = new HtmlBuilder();
        html.Append($"<p>{text}</p>");
        return html.ToTrusted();
    }
}
