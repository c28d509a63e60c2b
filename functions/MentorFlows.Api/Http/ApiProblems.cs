using Microsoft.AspNetCore.Http;

namespace MentorFlows.Api.Http;

/// <summary>
/// The API's problem+json answers (RFC 9457). Details name fields, routes and ids, never a submitted value: a value
/// may be personal (a name, a concern's text) and problem bodies end up in proxies' and browsers' logs.
/// </summary>
public static class ApiProblems
{
    /// <summary>400 with one field's problem in <c>errors</c>.</summary>
    public static IResult Field(string field, string message) =>
        Fields(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>400 (or <paramref name="status"/>) naming each field and what is wrong with it.</summary>
    public static IResult Fields(IDictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest, string? detail = null) =>
        Results.ValidationProblem(errors, detail: detail, statusCode: status, title: "The request has invalid fields.");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    /// <summary>409: the request is well formed but does not apply to the scheme as it stands.</summary>
    public static IResult Conflict(string field, string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "The request does not apply.",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>403 for any refused participant link, whatever the reason: the answer must not help a forger.</summary>
    public static IResult LinkRefused() =>
        Results.Problem(
            detail: "This link is not valid or has expired. Use the link in your latest scheme email, or contact the scheme coordinator.",
            statusCode: StatusCodes.Status403Forbidden,
            title: "This link cannot be used.");

    public static IResult CoordinatorKeyRequired() =>
        Results.Problem(
            detail: $"Coordinator routes need the coordinator key in the {Security.CoordinatorKeyFilter.HeaderName} header, or a browser signed in at /api/{ApiRoutes.CoordinatorSignIn}.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Coordinator key required.");

    /// <summary>An unsafe request with the session cookie alone whose Origin/Referer is not this site (<see cref="Security.SameOriginCheck"/>).</summary>
    public static IResult CrossSiteRefused() =>
        Results.Problem(
            detail: "This request did not come from a MentorFlows page. Open the page again and resubmit the form.",
            statusCode: StatusCodes.Status403Forbidden,
            title: "Cross-site request refused.");

    /// <summary>The body could not be read as sent (too large, unsupported type, cut short).</summary>
    public static IResult Body(int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: "The request body cannot be used.",
            extensions: new Dictionary<string, object?> { ["field"] = "body" });
}
