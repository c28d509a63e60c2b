namespace MentorFlows.Runtime.SchemeData.Protection;

/// <summary>
/// The keys that encrypt concern text at rest in PostgreSQL, from configuration section <see cref="SectionName"/>
/// (<c>MentorFlows__DataProtection__ConcernKey</c> in the environment, a Key Vault reference on Azure). Each key is 256
/// random bits in base64 (<c>openssl rand -base64 32</c>). To rotate: make a new key the <see cref="ConcernKey"/>,
/// move the old one to <see cref="PreviousConcernKeys"/> (texts sealed under it stay readable), re-seal the stored
/// texts (<see cref="Postgres.PostgresConcernStore.ResealAsync"/>), then drop the old key.
/// </summary>
public sealed class ConcernTextProtectionOptions
{
    public const string SectionName = "MentorFlows:DataProtection";

    /// <summary>The key new texts are sealed with (base64 of 32 bytes).</summary>
    public string? ConcernKey { get; set; }

    /// <summary>Earlier keys (base64 of 32 bytes each), kept only to open texts sealed before a rotation.</summary>
    public IList<string> PreviousConcernKeys { get; } = [];
}
