namespace MentorFlows.Workflows.Stores.Protection;

/// <summary>
/// The keys that encrypt confidential text at rest (concern accounts and survey comments, in PostgreSQL and Azure
/// Tables), from configuration section <see cref="SectionName"/> (<c>MentorFlows__DataProtection__ConcernKey</c> in the
/// environment, a Key Vault reference on Azure). The settings keep the name of what they first protected, concerns.
/// Each key is 256 random bits in base64 (<c>openssl rand -base64 32</c>). To rotate: make a new key the
/// <see cref="ConcernKey"/>, move the old one to <see cref="PreviousConcernKeys"/> (texts sealed under it stay
/// readable), let <see cref="StoredTextResealer"/> re-seal the stored texts (<c>serve</c> at start-up, the Azure host
/// daily), then drop the old key.
/// </summary>
public sealed class TextProtectionOptions
{
    public const string SectionName = "MentorFlows:DataProtection";

    /// <summary>The setting of <see cref="ConcernKey"/>, as configuration names it.</summary>
    public const string ConcernKeySetting = SectionName + ":" + nameof(ConcernKey);

    /// <summary>The key new texts are sealed with (base64 of 32 bytes).</summary>
    public string? ConcernKey { get; set; }

    /// <summary>Earlier keys (base64 of 32 bytes each), kept only to open texts sealed before a rotation.</summary>
    public IList<string> PreviousConcernKeys { get; } = [];
}
