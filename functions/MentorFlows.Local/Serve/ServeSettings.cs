using System.Net;
using MentorFlows.Domain.Scheme;
using MentorFlows.Api;
using MentorFlows.Local.Intake;

namespace MentorFlows.Local.Serve;

/// <summary>
/// Everything <c>serve</c> runs with, read and checked once at start (<see cref="ServeSettingsReader"/>). The keys are
/// secrets: <see cref="ToString"/> leaves them out.
/// </summary>
public sealed record ServeSettings
{
    /// <summary>Signs participant links (HMAC-SHA256); at least 32 bytes.</summary>
    public required ReadOnlyMemory<byte> LinkSigningKey { get; init; }

    /// <summary>Behind the scheme's pseudonyms (instance ids, match ids, receipts); at least 32 bytes.</summary>
    public required ReadOnlyMemory<byte> PseudonymKey { get; init; }

    /// <summary>What coordinators send in the <c>X-Coordinator-Key</c> header.</summary>
    public required string CoordinatorKey { get; init; }

    /// <summary>The API's public base (ends in <c>/api/</c>): the links in emails start with it.</summary>
    public required Uri ApiBase { get; init; }

    public required SchemeSettings Scheme { get; init; }

    /// <summary>Where the scheme came from, for the banner: a file path or "built-in defaults".</summary>
    public required string SchemeSource { get; init; }

    public required StoreChoice Store { get; init; }

    /// <summary>The outbox file (the mailer unless SendGrid is configured).</summary>
    public required string OutboxFile { get; init; }

    public required bool UseSendGrid { get; init; }

    /// <summary>Null when no intake folder is configured.</summary>
    public IntakeSettings? Intake { get; init; }

    public required ApiLimits Limits { get; init; }

    /// <summary>
    /// The reverse proxies whose <c>X-Forwarded-For</c> is believed (the client address for rate limits and logs);
    /// empty (the default): the header is ignored and the client is the connection's peer.
    /// </summary>
    public IReadOnlyList<IPAddress> KnownProxies { get; init; } = [];

    /// <summary>Configuration keys replaced by development keys under <c>--dev</c> (empty otherwise).</summary>
    public IReadOnlyList<string> DevelopmentKeys { get; init; } = [];

    public override string ToString() =>
        $"ServeSettings {{ ApiBase = {ApiBase}, Scheme = {SchemeSource}, Store = {Store}, Intake = {Intake?.Folder ?? "(none)"}, KnownProxies = [{string.Join(", ", KnownProxies)}], DevelopmentKeys = [{string.Join(", ", DevelopmentKeys)}] }}";
}
