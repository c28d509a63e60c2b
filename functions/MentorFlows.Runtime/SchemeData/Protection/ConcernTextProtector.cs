using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MentorFlows.Domain.Concerns;

namespace MentorFlows.Runtime.SchemeData.Protection;

/// <summary>
/// Seals and opens concern text with AES-256-GCM (DOMAIN.md "Concerns": the text is confidential, coordinators only).
/// Every seal draws a fresh random 96-bit nonce; the concern's reference is the associated data, so a sealed text
/// opens only on its own row. A key is known by an id derived from it (a keyed hash, which says nothing about the key),
/// stored beside each text so keys can rotate. Errors name key ids and references, never text or keys.
/// </summary>
public sealed class ConcernTextProtector
{
    private const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] KeyIdLabel = "MentorFlows concern key id v1"u8.ToArray();

    private readonly KeyValuePair<string, byte[]> _current;
    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    /// <param name="currentKey">The key new texts are sealed with (32 bytes).</param>
    /// <param name="previousKeys">Earlier keys that still open older texts.</param>
    public ConcernTextProtector(ReadOnlySpan<byte> currentKey, IEnumerable<byte[]>? previousKeys = null)
    {
        _current = Add(currentKey.ToArray(), "the current key");
        var index = 0;
        foreach (var key in previousKeys ?? [])
        {
            Add(key, string.Create(CultureInfo.InvariantCulture, $"previous key #{++index}"));
        }
    }

    /// <summary>The id of the key new texts are sealed with.</summary>
    public string CurrentKeyId => _current.Key;

    /// <summary>A protector from configuration; throws, naming the setting, when a key is missing or not 32 bytes of base64.</summary>
    public static ConcernTextProtector FromOptions(ConcernTextProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConcernKey))
        {
            throw new InvalidOperationException(
                $"{ConcernTextProtectionOptions.SectionName}:ConcernKey is not set: the PostgreSQL store encrypts concern text and needs a 256-bit key in base64 (make one with `openssl rand -base64 32`).");
        }

        var current = Decode(options.ConcernKey, "ConcernKey");
        var previous = options.PreviousConcernKeys.Select((key, i) => Decode(key, string.Create(CultureInfo.InvariantCulture, $"PreviousConcernKeys:{i}")));
        return new ConcernTextProtector(current, [.. previous]);
    }

    /// <summary>Seals <paramref name="text"/> for the concern <paramref name="reference"/> under the current key.</summary>
    public SealedConcernText Seal(ConcernReference reference, string text)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(text);
        var plain = Encoding.UTF8.GetBytes(text);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var sealedBytes = new byte[plain.Length + TagBytes];
        using var aes = new AesGcm(_current.Value, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length), AssociatedData(reference));
        CryptographicOperations.ZeroMemory(plain);
        return new SealedConcernText(_current.Key, nonce, sealedBytes);
    }

    /// <summary>Opens a text sealed for <paramref name="reference"/>.</summary>
    /// <exception cref="CryptographicException">The key is not configured, or the text was altered or belongs to another row.</exception>
    public string Open(ConcernReference reference, SealedConcernText sealedText)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(sealedText);
        if (!_keys.TryGetValue(sealedText.KeyId, out var key))
        {
            throw new CryptographicException(
                $"The text of concern {reference.Value} is sealed under key {sealedText.KeyId}, which is not configured (add it to {ConcernTextProtectionOptions.SectionName}:PreviousConcernKeys).");
        }

        if (sealedText.Nonce.Length != NonceBytes || sealedText.Ciphertext.Length < TagBytes)
        {
            throw new CryptographicException($"The sealed text of concern {reference.Value} is malformed.");
        }

        var length = sealedText.Ciphertext.Length - TagBytes;
        var plain = new byte[length];
        using var aes = new AesGcm(key, TagBytes);
        try
        {
            aes.Decrypt(sealedText.Nonce, sealedText.Ciphertext.AsSpan(0, length), sealedText.Ciphertext.AsSpan(length), plain, AssociatedData(reference));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new CryptographicException($"The sealed text of concern {reference.Value} does not open under key {sealedText.KeyId}: it was altered, or it belongs to another concern.");
        }

        var text = Encoding.UTF8.GetString(plain);
        CryptographicOperations.ZeroMemory(plain);
        return text;
    }

    /// <summary>Whether <paramref name="keyId"/> is the current key (a text sealed under another wants re-sealing).</summary>
    public bool IsCurrent(string keyId) => string.Equals(keyId, _current.Key, StringComparison.Ordinal);

    private KeyValuePair<string, byte[]> Add(byte[] key, string which)
    {
        if (key.Length != KeyBytes)
        {
            throw new ArgumentException($"Concern text keys are 256-bit: {which} has {key.Length * 8} bits.", nameof(key));
        }

        var id = Convert.ToHexStringLower(HMACSHA256.HashData(key, KeyIdLabel).AsSpan(0, 8));
        _keys.TryAdd(id, key);
        return new KeyValuePair<string, byte[]>(id, key);
    }

    private static byte[] Decode(string base64, string setting)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{ConcernTextProtectionOptions.SectionName}:{setting} is not base64.");
        }

        return key.Length == KeyBytes
            ? key
            : throw new InvalidOperationException(
                $"{ConcernTextProtectionOptions.SectionName}:{setting} holds {key.Length * 8} bits; a concern text key is 256 bits (`openssl rand -base64 32`).");
    }

    private static byte[] AssociatedData(ConcernReference reference) => Encoding.UTF8.GetBytes("mentorflows/concern-text/v1/" + reference.Value);
}
