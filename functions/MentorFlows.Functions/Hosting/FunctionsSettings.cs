using MentorFlows.Api;
using MentorFlows.Domain.Scheme;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.Functions.Hosting;

/// <summary>The Azure host's settings (app settings <c>MentorFlows__...</c>, Key Vault references for the keys). <see cref="ToString"/> leaves the keys out.</summary>
public sealed record FunctionsSettings
{
    /// <summary>Signs participant links (HMAC-SHA256); at least 32 bytes. Must match the links already sent.</summary>
    public required ReadOnlyMemory<byte> LinkSigningKey { get; init; }

    /// <summary>Behind the scheme's pseudonyms (instance ids, match ids, receipts); at least 32 bytes; never changed mid-year.</summary>
    public required ReadOnlyMemory<byte> PseudonymKey { get; init; }

    /// <summary>What coordinators send in the <c>X-Coordinator-Key</c> header (besides the function key).</summary>
    public required string CoordinatorKey { get; init; }

    /// <summary>Request body sizes (rate limits apply to <c>serve</c> only).</summary>
    public required ApiLimits Limits { get; init; }

    /// <summary>The API's public base, ending in <c>/api/</c>: links in emails start with it.</summary>
    public required Uri ApiBase { get; init; }

    public required SchemeSettings Scheme { get; init; }

    /// <summary>Seals concern text and survey comments in the tables (<c>MentorFlows:DataProtection:ConcernKey</c>, and earlier keys after a rotation).</summary>
    public required TextProtector TextProtector { get; init; }

    public override string ToString() => $"FunctionsSettings {{ ApiBase = {ApiBase}, Scheme = {Scheme.Name} }}";
}
