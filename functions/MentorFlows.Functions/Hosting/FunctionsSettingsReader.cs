using MentorFlows.Api;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Stores.Protection;
using Microsoft.Extensions.Configuration;

namespace MentorFlows.Functions.Hosting;

/// <summary>
/// Reads <see cref="FunctionsSettings"/> at start-up, the same keys and rules as the local host's <c>serve</c>: keys as
/// base64 of at least 32 bytes, <c>MentorFlows:PublicBaseUrl</c> an absolute http(s) URL (the API is under
/// <c>/api/</c>), <c>MentorFlows:SchemeFile</c> relative to the deployed app folder (none: the built-in defaults), the
/// coordinator key at least 16 characters, <c>MentorFlows:Api</c> body limits in range, and the key that seals concern
/// text and survey comments in the tables (<c>MentorFlows:DataProtection</c>, <see cref="TextProtector.FromOptions"/>).
/// Every problem is reported at once, naming the setting, never its value: the host does not start half-configured.
/// </summary>
public static class FunctionsSettingsReader
{
    public const string LinkSigningKeyKey = "MentorFlows:LinkSigningKey";
    public const string PseudonymKeyKey = "MentorFlows:PseudonymKey";
    public const string PublicBaseUrlKey = "MentorFlows:PublicBaseUrl";
    public const string SchemeFileKey = "MentorFlows:SchemeFile";
    public const string CoordinatorKeyKey = "MentorFlows:CoordinatorKey";

    /// <summary>The shortest coordinator key accepted (as in <c>serve</c>): with the function key, it is all that stands between the internet and the concern texts.</summary>
    public const int MinimumCoordinatorKeyLength = 16;

    /// <exception cref="InvalidOperationException">A setting is missing or unusable; the message lists every one.</exception>
    public static FunctionsSettings Read(IConfiguration configuration, string appFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var linkKey = Key(configuration, LinkSigningKeyKey, ParticipantLinkSigner.MinimumKeyBytes, problems);
        var pseudonymKey = Key(configuration, PseudonymKeyKey, StudentPseudonyms.MinimumKeyBytes, problems);
        var apiBase = ApiBase(configuration[PublicBaseUrlKey], problems);
        var scheme = Scheme(configuration[SchemeFileKey], appFolder, problems);
        var coordinatorKey = configuration[CoordinatorKeyKey];
        if (string.IsNullOrWhiteSpace(coordinatorKey) || coordinatorKey.Length < MinimumCoordinatorKeyLength)
        {
            problems.Add($"{Setting(CoordinatorKeyKey)} must be a random secret of at least {MinimumCoordinatorKeyLength} characters");
        }

        var limits = Limits(configuration, problems);
        var protector = Protector(configuration, problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("MentorFlows cannot start: " + string.Join("; ", problems));
        }

        return new FunctionsSettings
        {
            LinkSigningKey = linkKey!,
            PseudonymKey = pseudonymKey!,
            CoordinatorKey = coordinatorKey!,
            Limits = limits!,
            ApiBase = apiBase!,
            Scheme = scheme!,
            TextProtector = protector!,
        };
    }

    /// <summary>The keys of section <see cref="TextProtectionOptions.SectionName"/>; a missing or bad one is a problem naming the setting, never its value.</summary>
    private static TextProtector? Protector(IConfiguration configuration, List<string> problems)
    {
        var options = new TextProtectionOptions();
        configuration.GetSection(TextProtectionOptions.SectionName).Bind(options);
        try
        {
            return TextProtector.FromOptions(options);
        }
        catch (InvalidOperationException ex)
        {
            problems.Add(ex.Message);
            return null;
        }
    }

    private static byte[]? Key(IConfiguration configuration, string key, int minimumBytes, List<string> problems)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{Setting(key)} is not set (base64 of at least {minimumBytes} random bytes)");
            return null;
        }

        try
        {
            var bytes = Convert.FromBase64String(text.Trim());
            if (bytes.Length >= minimumBytes)
            {
                return bytes;
            }

            problems.Add($"{Setting(key)} is {bytes.Length} bytes; it must be at least {minimumBytes}");
        }
        catch (FormatException)
        {
            problems.Add($"{Setting(key)} is not base64");
        }

        return null;
    }

    private static ApiLimits? Limits(IConfiguration configuration, List<string> problems)
    {
        ApiLimits limits;
        try
        {
            limits = configuration.GetSection(ApiLimits.SectionName).Get<ApiLimits>() ?? new ApiLimits();
        }
        catch (InvalidOperationException)
        {
            problems.Add($"{Setting(ApiLimits.SectionName)}: a value is not a whole number");
            return null;
        }

        problems.AddRange(limits.Problems().Select(Setting));
        return limits;
    }

    private static Uri? ApiBase(string? text, List<string> problems)
    {
        if (Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Query.Length == 0 && url.Fragment.Length == 0)
        {
            return new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/api/");
        }

        problems.Add($"{Setting(PublicBaseUrlKey)} must be the app's absolute http(s) URL without a query (e.g. https://<app>.azurewebsites.net)");
        return null;
    }

    private static SchemeSettings? Scheme(string? file, string appFolder, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return SchemeDefaults.Settings;
        }

        var path = Path.GetFullPath(file, appFolder);
        try
        {
            using var stream = File.OpenRead(path);
            return SchemeSettingsReader.Read(stream);
        }
        catch (SchemeSettingsException ex)
        {
            problems.Add($"{Setting(SchemeFileKey)} ({file}): {ex.Message}");
        }
        catch (IOException ex)
        {
            problems.Add($"{Setting(SchemeFileKey)} ({file}) cannot be read: {ex.GetType().Name}");
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add($"{Setting(SchemeFileKey)} ({file}) cannot be read: access denied");
        }

        return null;
    }

    private static string Setting(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
