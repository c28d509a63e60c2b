using MentorFlows.Api.Http;
using MentorFlows.Workflows.Links;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace MentorFlows.Api.Security;

/// <summary>
/// Lets a request through to a participant route only with a link token (query <c>token</c>) signed with the
/// scheme's key, made for this route's <see cref="LinkPurpose"/> and not expired by the host's clock. Anything else
/// (no token, malformed, forged, another purpose, expired) is 403 problem+json with one wording for every reason,
/// before the body is read and before anything is done; the reason is logged, never the token. The verified claims
/// are handed to the route (<see cref="LinkClaims.Of"/>).
/// </summary>
public sealed class SignedLinkFilter : IEndpointFilter
{
    public const string TokenParameter = "token";

    private readonly LinkPurpose _purpose;

    public SignedLinkFilter(LinkPurpose purpose) => _purpose = purpose;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return Verify(context.HttpContext, _purpose) is { } refused ? refused : await next(context);
    }

    /// <summary>
    /// The check itself, for a host without endpoint filters (the Azure Functions triggers): null when the link is
    /// good (its claims are then handed on, <see cref="LinkClaims.Of"/>), otherwise the 403 to answer with.
    /// </summary>
    public static IResult? Verify(HttpContext http, LinkPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(http);
        var tokens = http.Request.Query[TokenParameter];
        var now = Instant.FromDateTimeOffset(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        var verification = tokens.Count == 1
            ? http.RequestServices.GetRequiredService<ParticipantLinkSigner>().Verify(tokens[0], purpose, now)
            : LinkVerification.Refused(LinkVerificationFailure.Malformed);
        if (verification.Claims is { } claims)
        {
            LinkClaims.Set(http, claims);
            return null;
        }

        ApiLog.LinkRefused(http.RequestServices.GetRequiredService<ILogger<SignedLinkFilter>>(), CoordinatorKeyFilter.RouteOf(http), purpose, verification.Failure!.Value);
        return ApiProblems.LinkRefused();
    }
}
