using MentorFlows.Local.Api.Http;
using MentorFlows.Workflows.Links;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace MentorFlows.Local.Api.Security;

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
        var http = context.HttpContext;
        var tokens = http.Request.Query[TokenParameter];
        var now = Instant.FromDateTimeOffset(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        var verification = tokens.Count == 1
            ? http.RequestServices.GetRequiredService<ParticipantLinkSigner>().Verify(tokens[0], _purpose, now)
            : LinkVerification.Refused(LinkVerificationFailure.Malformed);
        if (verification.Claims is { } claims)
        {
            LinkClaims.Set(http, claims);
            return await next(context);
        }

        ApiLog.LinkRefused(http.RequestServices.GetRequiredService<ILogger<SignedLinkFilter>>(), CoordinatorKeyFilter.RouteOf(http), _purpose, verification.Failure!.Value);
        return ApiProblems.LinkRefused();
    }
}
