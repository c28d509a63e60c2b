namespace MentorFlows.Api.Security;

/// <summary>
/// Where sign-in sends the browser next: only a path under <c>/api/coordinator</c> on this site, with an optional
/// query, so a crafted sign-in link cannot send a coordinator elsewhere (no open redirect). Anything else, such as
/// <c>https://evil.example</c>, <c>//evil.example</c>, <c>/\evil.example</c>, an escaped or dotted path, or a path
/// outside the coordinator's, gives <see cref="Default"/>.
/// </summary>
public static class LocalReturnUrl
{
    public const string Default = "/api/coordinator";

    public static string Of(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048 || returnUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\'))
        {
            return Default;
        }

        var path = returnUrl.Split('?', 2)[0];
        var underCoordinator = path == Default || path.StartsWith(Default + "/", StringComparison.Ordinal);
        var plainPath = !path.Contains("//", StringComparison.Ordinal) && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains('%', StringComparison.Ordinal);
        return underCoordinator && plainPath && Uri.TryCreate(returnUrl, UriKind.Relative, out _) ? returnUrl : Default;
    }
}
