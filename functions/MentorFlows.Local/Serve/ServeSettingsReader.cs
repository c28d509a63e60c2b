using System.Net;
using MentorFlows.Domain.Scheme;
using MentorFlows.Api;
using MentorFlows.Local.Cli;
using MentorFlows.Local.Intake;
using MentorFlows.SendGrid;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Privacy;
using Microsoft.Extensions.Configuration;

namespace MentorFlows.Local.Serve;

/// <summary>
/// Reads <see cref="ServeSettings"/> from configuration (appsettings.json next to the program, then environment
/// variables such as <c>MentorFlows__LinkSigningKey</c>) and the command line. Every problem is collected and
/// reported at once, naming the key. Relative paths are relative to the current directory (where <c>serve</c> was
/// started), not to the program's folder.
/// </summary>
public static class ServeSettingsReader
{
    public const string LinkSigningKeyKey = "MentorFlows:LinkSigningKey";
    public const string PseudonymKeyKey = "MentorFlows:PseudonymKey";
    public const string CoordinatorKeyKey = "MentorFlows:CoordinatorKey";
    public const string PublicBaseUrlKey = "MentorFlows:PublicBaseUrl";
    public const string SchemeFileKey = "MentorFlows:SchemeFile";
    public const string OutboxFileKey = "MentorFlows:OutboxFile";
    public const string KnownProxiesKey = "MentorFlows:KnownProxies";

    /// <summary>The shortest coordinator key accepted: it is all that stands between the internet and the concern texts.</summary>
    public const int MinimumCoordinatorKeyLength = 16;

    /// <exception cref="ServeConfigurationException">Something is missing or unusable; the message lists every problem.</exception>
    public static ServeSettings Read(IConfiguration configuration, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var developmentKeys = new List<string>();

        var linkKey = Key(configuration, LinkSigningKeyKey, ParticipantLinkSigner.MinimumKeyBytes, options.Development ? DevelopmentKeys.LinkSigningKey : null, problems, developmentKeys);
        var pseudonymKey = Key(configuration, PseudonymKeyKey, StudentPseudonyms.MinimumKeyBytes, options.Development ? DevelopmentKeys.PseudonymKey : null, problems, developmentKeys);
        var coordinatorKey = CoordinatorKey(configuration, options.Development, problems, developmentKeys);
        var apiBase = ApiBase(configuration[PublicBaseUrlKey], options.Urls, problems);
        var limits = Limits(configuration, problems);
        var intake = Intake(configuration, problems);
        var proxies = KnownProxies(configuration, problems);
        var (scheme, schemeSource) = Scheme(options.SchemeFile ?? PathOrNull(configuration[SchemeFileKey]), problems);
        var store = StoreChoice.Parse(options.Store);
        if (!store.IsMemory && string.IsNullOrWhiteSpace(configuration[ServeStores.ConcernKeyKey]))
        {
            if (options.Development)
            {
                developmentKeys.Add(ServeStores.ConcernKeyKey);
            }
            else
            {
                problems.Add($"{ServeStores.ConcernKeyKey} is not set: concern text and survey comments are encrypted at rest in PostgreSQL with it; give it base64 of 32 random bytes (environment variable {EnvironmentName(ServeStores.ConcernKeyKey)}; e.g. `openssl rand -base64 32`)");
            }
        }

        if (problems.Count > 0)
        {
            throw new ServeConfigurationException(string.Join(Environment.NewLine, problems));
        }

        return new ServeSettings
        {
            LinkSigningKey = linkKey!,
            PseudonymKey = pseudonymKey!,
            CoordinatorKey = coordinatorKey!,
            ApiBase = apiBase!,
            Scheme = scheme!,
            SchemeSource = schemeSource,
            Store = store,
            OutboxFile = Path.GetFullPath(string.IsNullOrWhiteSpace(configuration[OutboxFileKey]) ? "outbox.jsonl" : configuration[OutboxFileKey]!),
            UseSendGrid = SendGridOptions.IsConfiguredIn(configuration),
            Intake = intake,
            Limits = limits!,
            KnownProxies = proxies,
            DevelopmentKeys = developmentKeys,
        };
    }

    private static byte[]? Key(IConfiguration configuration, string key, int minimumBytes, Func<byte[]>? development, List<string> problems, List<string> developmentKeys)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            if (development is not null)
            {
                developmentKeys.Add(key);
                return development();
            }

            problems.Add($"{key} is not set: give it base64 of at least {minimumBytes} random bytes (environment variable {EnvironmentName(key)}; e.g. `openssl rand -base64 32`), or run with --dev on a laptop with synthetic data");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            problems.Add($"{key} is not base64 (e.g. `openssl rand -base64 32`)");
            return null;
        }

        if (bytes.Length < minimumBytes)
        {
            problems.Add($"{key} is {bytes.Length} bytes; it must be at least {minimumBytes} random bytes");
            return null;
        }

        return bytes;
    }

    private static string? CoordinatorKey(IConfiguration configuration, bool development, List<string> problems, List<string> developmentKeys)
    {
        var text = configuration[CoordinatorKeyKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            if (development)
            {
                developmentKeys.Add(CoordinatorKeyKey);
                return DevelopmentKeys.CoordinatorKey;
            }

            problems.Add($"{CoordinatorKeyKey} is not set: give it a random secret of at least {MinimumCoordinatorKeyLength} characters (environment variable {EnvironmentName(CoordinatorKeyKey)}), or run with --dev on a laptop with synthetic data");
            return null;
        }

        if (text.Length < MinimumCoordinatorKeyLength)
        {
            problems.Add($"{CoordinatorKeyKey} is too short: at least {MinimumCoordinatorKeyLength} characters");
            return null;
        }

        return text;
    }

    /// <summary><c>{PublicBaseUrl}/api/</c>; without a configured URL, the first <c>--urls</c> address (a wildcard host read as localhost).</summary>
    private static Uri? ApiBase(string? configured, string urls, List<string> problems)
    {
        var text = configured;
        if (string.IsNullOrWhiteSpace(text))
        {
            text = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? ServeOptions.DefaultUrls;
            text = text.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            problems.Add($"{PublicBaseUrlKey} must be an absolute http(s) URL without query, where participants reach this host (e.g. https://mentoring.example.ac.uk)");
            return null;
        }

        return new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/api/");
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
            problems.Add($"{ApiLimits.SectionName}: a value is not a whole number");
            return null;
        }

        problems.AddRange(limits.Problems());
        return limits;
    }

    /// <summary>
    /// IP addresses from <see cref="KnownProxiesKey"/>: a list (<c>KnownProxies:0</c>, <c>KnownProxies:1</c>... as JSON
    /// arrays bind) or one value separated by commas or semicolons (an environment variable). A network range is not
    /// accepted: each proxy is named.
    /// </summary>
    private static IReadOnlyList<IPAddress> KnownProxies(IConfiguration configuration, List<string> problems)
    {
        var section = configuration.GetSection(KnownProxiesKey);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(child => child.Value ?? string.Empty);
        var proxies = new List<IPAddress>();
        foreach (var text in values.SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!IPAddress.TryParse(text, out var address))
            {
                problems.Add($"{KnownProxiesKey} must list IP addresses (e.g. 10.0.0.4, fd00::4); an entry is not one");
                continue;
            }

            proxies.Add(address);
        }

        return proxies;
    }

    private static IntakeSettings? Intake(IConfiguration configuration, List<string> problems)
    {
        var folder = configuration[IntakeSettings.FolderKey];
        if (string.IsNullOrWhiteSpace(folder))
        {
            return null;
        }

        var section = configuration.GetSection(IntakeSettings.SectionName);
        var scan = Duration(section, "ScanInterval", IntakeSettings.DefaultScanInterval, problems);
        var stable = Duration(section, "StableAfter", IntakeSettings.DefaultStableAfter, problems);
        return new IntakeSettings(Path.GetFullPath(folder), scan, stable);
    }

    private static TimeSpan Duration(IConfigurationSection section, string name, TimeSpan fallback, List<string> problems)
    {
        var text = section[name];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero && value <= TimeSpan.FromDays(1))
        {
            return value;
        }

        problems.Add($"{section.Path}:{name} must be a duration such as 00:00:30 (more than zero, at most a day)");
        return fallback;
    }

    private static (SchemeSettings? Scheme, string Source) Scheme(FileInfo? file, List<string> problems)
    {
        try
        {
            return (SchemeFile.Load(file), file?.FullName ?? "built-in defaults");
        }
        catch (CliInputException ex)
        {
            problems.Add(ex.Message);
            return (null, string.Empty);
        }
    }

    private static FileInfo? PathOrNull(string? path) => string.IsNullOrWhiteSpace(path) ? null : new FileInfo(Path.GetFullPath(path));

    private static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
