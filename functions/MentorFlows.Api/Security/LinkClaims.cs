using MentorFlows.Workflows.Links;
using Microsoft.AspNetCore.Http;

namespace MentorFlows.Api.Security;

/// <summary>Hands the claims <see cref="SignedLinkFilter"/> verified to the route behind it.</summary>
public static class LinkClaims
{
    private static readonly object Key = new();

    /// <summary>The verified claims of this request's link.</summary>
    /// <exception cref="InvalidOperationException">The route is not behind a <see cref="SignedLinkFilter"/> (a wiring bug).</exception>
    public static ParticipantLinkClaims Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(Key, out var claims) && claims is ParticipantLinkClaims verified
            ? verified
            : throw new InvalidOperationException("This route has no verified participant link: it must be behind a SignedLinkFilter.");
    }

    internal static void Set(HttpContext http, ParticipantLinkClaims claims) => http.Items[Key] = claims;
}
