using MentorFlows.Api.Html;
using MentorFlows.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Api.Security;

/// <summary>
/// Browser sign-in for coordinators: <c>GET /api/coordinator/sign-in?returnUrl=...</c> shows a form asking for the
/// coordinator key; <c>POST</c> compares it in constant time (<see cref="CoordinatorKey.Matches"/>), sets the session
/// cookie (<see cref="CoordinatorSessionCookie"/>) and sends the browser to the return URL when it is a coordinator
/// path (<see cref="LocalReturnUrl"/>). <c>POST /api/coordinator/sign-out</c> clears the cookie. These routes admit
/// anyone (they are how one gets in) and share the coordinator rate limit, which slows key guessing.
/// </summary>
internal static class CoordinatorSignInEndpoints
{
    public const string KeyField = "key";
    public const string ReturnUrlField = "returnUrl";

    public static void Map(RouteGroupBuilder signIn)
    {
        signIn.MapGet("/" + ApiRoutes.CoordinatorSignIn, Show)
            .WithName("CoordinatorSignInForm")
            .WithSummary("The coordinator's sign-in page (HTML).")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        signIn.MapPost("/" + ApiRoutes.CoordinatorSignIn, SignInAsync)
            .WithName("CoordinatorSignIn")
            .WithSummary("Checks the coordinator key from the form, sets the session cookie, redirects to the return URL.")
            .Accepts<IFormCollection>("application/x-www-form-urlencoded")
            .Produces(StatusCodes.Status303SeeOther)
            .Produces(StatusCodes.Status401Unauthorized, contentType: "text/html");
        signIn.MapPost("/" + ApiRoutes.CoordinatorSignOut, SignOut)
            .WithName("CoordinatorSignOut")
            .WithSummary("Clears the session cookie and shows the sign-in page.")
            .Produces(StatusCodes.Status303SeeOther);
    }

    internal static IResult Show(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Form(http, LocalReturnUrl.Of(http.Request.Query[ReturnUrlField] is { Count: 1 } values ? values[0] : null), refused: false);
    }

    internal static async Task<IResult> SignInAsync(HttpContext http, CoordinatorKey key, CoordinatorSession session, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger(typeof(CoordinatorSignInEndpoints).FullName!);
        var (fields, problem) = await RequestFields.ReadAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var returnUrl = LocalReturnUrl.Of(fields![ReturnUrlField] as string);
        if (!key.Matches(fields[KeyField] as string))
        {
            ApiLog.CoordinatorSignIn(logger, "refused");
            return Form(http, returnUrl, refused: true);
        }

        var (token, expiresAt) = session.Issue();
        CoordinatorSessionCookie.Append(http, token, expiresAt);
        ApiLog.CoordinatorSignIn(logger, "signed in");
        return SeeOther(http, http.Request.PathBase + returnUrl);
    }

    internal static IResult SignOut(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        CoordinatorSessionCookie.Delete(http);
        return SeeOther(http, $"{http.Request.PathBase}/api/{ApiRoutes.CoordinatorSignIn}");
    }

    /// <summary>303 See Other: after a POST the browser follows with a GET.</summary>
    private static IResult SeeOther(HttpContext http, string location)
    {
        http.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static IResult Form(HttpContext http, string returnUrl, bool refused)
    {
        var body = new HtmlBuilder();
        if (refused)
        {
            body.Append($"<p role=\"alert\">That key is not right. Check it and try again.</p>");
        }

        body.Append($"<p>Enter the coordinator key to see concerns, unmatched mentees, survey comments and the scheme's health. You stay signed in on this browser for {CoordinatorSession.Lifetime.TotalHours} hours or until you sign out.</p>");
        body.Append($"<form method=\"post\" action=\"{http.Request.PathBase}/api/{ApiRoutes.CoordinatorSignIn}\">");
        body.Append($"<input type=\"hidden\" name=\"{ReturnUrlField}\" value=\"{returnUrl}\">");
        body.Append($"<label for=\"key\">Coordinator key</label><input id=\"key\" name=\"{KeyField}\" type=\"password\" autocomplete=\"current-password\" required autofocus>");
        body.Append($"<button type=\"submit\">Sign in</button></form>");
        return HtmlPage.Render(http, "Coordinator sign-in", body.ToTrusted(), refused ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK, "same-origin");
    }
}
