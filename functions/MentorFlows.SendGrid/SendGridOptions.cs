using Microsoft.Extensions.Configuration;

namespace MentorFlows.SendGrid;

/// <summary>
/// SendGrid settings, bound from <c>MentorFlows:SendGrid</c> (environment: <c>MentorFlows__SendGrid__ApiKey</c>...).
/// The key is a secret: it is sent only in the Authorization header of each request, and never logged or put in an
/// exception message (<see cref="ToString"/> leaves it out).
/// </summary>
public sealed class SendGridOptions
{
    public const string SectionName = "MentorFlows:SendGrid";

    /// <summary>SendGrid's global API host (the default).</summary>
    public static readonly Uri GlobalBaseAddress = new("https://api.sendgrid.com/");

    /// <summary>SendGrid's EU data-residency host, for an EU-pinned subuser's key.</summary>
    public static readonly Uri EuBaseAddress = new("https://api.eu.sendgrid.com/");

    /// <summary>A v3 API key (<c>SG....</c>) with the Mail Send permission. Blank: SendGrid is not configured.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Where the API is: <see cref="GlobalBaseAddress"/>, <see cref="EuBaseAddress"/>, or a loopback fake in tests. HTTPS unless loopback.</summary>
    public Uri BaseAddress { get; set; } = GlobalBaseAddress;

    /// <summary>HTTP attempts per request, the first included (1 = never retry); 1 to 10.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Ask SendGrid to validate but not deliver (it answers 200). Ids are still recorded as sent.</summary>
    public bool SandboxMode { get; set; }

    /// <summary>Wait after the first failed attempt when SendGrid gives no Retry-After; doubled per further attempt.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off between attempts when SendGrid gives no Retry-After.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest Retry-After honoured by waiting in process. A longer one ends the send at once with
    /// <c>SendGridUnavailableException.RetryAfter</c>, so the caller (an activity retry policy) waits instead of a worker.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a send holds its claim on an email id in <c>ISentMailLedger</c>: a second sender of the same id is
    /// turned away for this long. Must cover a whole send (<see cref="LongestSend"/>), or two senders could overlap.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>True when a key is set: the hosts then use SendGrid instead of the outbox.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>The longest a send can take: every attempt timing out, and the longest wait between attempts.</summary>
    public TimeSpan LongestSend =>
        (RequestTimeout * MaxAttempts) + (TimeSpan.FromTicks(Math.Max(MaxRetryAfter.Ticks, MaxBackoff.Ticks)) * Math.Max(MaxAttempts - 1, 0));

    /// <summary>
    /// The hosts' switch: true when <c>MentorFlows:SendGrid:ApiKey</c> is set. Without a key the outbox stays the mailer;
    /// with one, the host calls <see cref="SendGridServiceCollectionExtensions.AddSendGridMailer"/>.
    /// </summary>
    public static bool IsConfiguredIn(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration.GetSection(SectionName)[nameof(ApiKey)]);
    }

    public override string ToString() =>
        $"SendGridOptions {{ ApiKey = {(IsConfigured ? "(set)" : "(not set)")}, BaseAddress = {BaseAddress}, MaxAttempts = {MaxAttempts}, SandboxMode = {SandboxMode} }}";
}
