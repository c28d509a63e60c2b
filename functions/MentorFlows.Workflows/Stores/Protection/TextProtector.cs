using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MentorFlows.Domain.Concerns;

namespace MentorFlows.Workflows.Stores.Protection;

/// <summary>
/// Seals and opens confidential text with AES-256-GCM: a concern's account (DOMAIN.md "Concerns": coordinators only)
/// and a survey answer's comment. Every seal draws a fresh random 96-bit nonce. The associated data is a purpose
/// prefix and the owning row's identity (<c>mentorflows/concern-text/v1/{reference}</c>,
/// <c>mentorflows/survey-comment/v1/{student, point, partner}</c>), so a sealed text opens only on its own row and
/// only as what it was sealed as: a concern's text never opens as a survey comment, nor the other way round, though
/// both use one key set. A key is known by an id derived from it (a keyed hash, which says nothing about the key),
/// stored beside each text so keys can rotate. Errors name key ids, references and student ids, never text or keys.
/// </summary>
public sealed class TextProtector
{
    private const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const string ConcernPurpose = "mentorflows/concern-text/v1/";
    private const string SurveyCommentPurpose = "mentorflows/survey-comment/v1/";
    private static readonly byte[] KeyIdLabel = "MentorFlows concern key id v1"u8.ToArray();

    private readonly KeyValuePair<string, byte[]> _current;
    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    /// <param name="currentKey">The key new texts are sealed with (32 bytes).</param>
    /// <param name="previousKeys">Earlier keys that still open older texts.</param>
    public TextProtector(ReadOnlySpan<byte> currentKey, IEnumerable<byte[]>? previousKeys = null)
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
    public static TextProtector FromOptions(TextProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConcernKey))
        {
            throw new InvalidOperationException(
                $"{TextProtectionOptions.ConcernKeySetting} is not set: the store encrypts concern text and survey comments at rest and needs a 256-bit key in base64 (make one with `openssl rand -base64 32`).");
        }

        var current = Decode(options.ConcernKey, nameof(TextProtectionOptions.ConcernKey));
        var previous = options.PreviousConcernKeys.Select((key, i) => Decode(key, string.Create(CultureInfo.InvariantCulture, $"{nameof(TextProtectionOptions.PreviousConcernKeys)}:{i}")));
        return new TextProtector(current, [.. previous]);
    }

    /// <summary>Seals the account of the concern <paramref name="reference"/> under the current key.</summary>
    public SealedText Seal(ConcernReference reference, string text)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Seal(AssociatedData(reference), text);
    }

    /// <summary>Opens the account sealed for the concern <paramref name="reference"/>.</summary>
    /// <exception cref="CryptographicException">The key is not configured, or the text was altered or belongs to another row.</exception>
    public string Open(ConcernReference reference, SealedText sealedText)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Open(AssociatedData(reference), $"concern {reference.Value}", sealedText);
    }

    /// <summary>Seals the comment of the survey answer <paramref name="answer"/> under the current key.</summary>
    public SealedText Seal(SurveyAnswerKey answer, string comment)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Seal(AssociatedData(answer), comment);
    }

    /// <summary>Opens the comment sealed for the survey answer <paramref name="answer"/>.</summary>
    /// <exception cref="CryptographicException">The key is not configured, or the comment was altered or belongs to another answer.</exception>
    public string Open(SurveyAnswerKey answer, SealedText sealedText)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Open(AssociatedData(answer), answer.ToString(), sealedText);
    }

    /// <summary>Whether <paramref name="keyId"/> is the current key (a text sealed under another wants re-sealing).</summary>
    public bool IsCurrent(string keyId) => string.Equals(keyId, _current.Key, StringComparison.Ordinal);

    private SealedText Seal(byte[] associatedData, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = Encoding.UTF8.GetBytes(text);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var sealedBytes = new byte[plain.Length + TagBytes];
        using var aes = new AesGcm(_current.Value, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length), associatedData);
        CryptographicOperations.ZeroMemory(plain);
        return new SealedText(_current.Key, nonce, sealedBytes);
    }

    /// <param name="associatedData">The purpose and the owning row, as sealed.</param>
    /// <param name="owner">The row in words for errors: ids only.</param>
    /// <param name="sealedText">What the store holds.</param>
    private string Open(byte[] associatedData, string owner, SealedText sealedText)
    {
        ArgumentNullException.ThrowIfNull(sealedText);
        if (!_keys.TryGetValue(sealedText.KeyId, out var key))
        {
            throw new CryptographicException(
                $"The text of {owner} is sealed under key {sealedText.KeyId}, which is not configured (add it to {TextProtectionOptions.SectionName}:{nameof(TextProtectionOptions.PreviousConcernKeys)}).");
        }

        if (sealedText.Nonce.Length != NonceBytes || sealedText.Ciphertext.Length < TagBytes)
        {
            throw new CryptographicException($"The sealed text of {owner} (key {sealedText.KeyId}) is malformed.");
        }

        var length = sealedText.Ciphertext.Length - TagBytes;
        var plain = new byte[length];
        using var aes = new AesGcm(key, TagBytes);
        try
        {
            aes.Decrypt(sealedText.Nonce, sealedText.Ciphertext.AsSpan(0, length), sealedText.Ciphertext.AsSpan(length), plain, associatedData);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new CryptographicException($"The sealed text of {owner} does not open under key {sealedText.KeyId}: it was altered, or it belongs to another row.");
        }

        var text = Encoding.UTF8.GetString(plain);
        CryptographicOperations.ZeroMemory(plain);
        return text;
    }

    private KeyValuePair<string, byte[]> Add(byte[] key, string which)
    {
        if (key.Length != KeyBytes)
        {
            throw new ArgumentException($"Text protection keys are 256-bit: {which} has {key.Length * 8} bits.", nameof(key));
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
            throw new InvalidOperationException($"{TextProtectionOptions.SectionName}:{setting} is not base64.");
        }

        return key.Length == KeyBytes
            ? key
            : throw new InvalidOperationException(
                $"{TextProtectionOptions.SectionName}:{setting} holds {key.Length * 8} bits; a text protection key is 256 bits (`openssl rand -base64 32`).");
    }

    /// <summary>Unchanged since the first sealed concerns: texts already stored must keep opening.</summary>
    private static byte[] AssociatedData(ConcernReference reference) => Encoding.UTF8.GetBytes(ConcernPurpose + reference.Value);

    /// <summary>Each id with its length in front, so no two keys give the same bytes whatever their ids hold; no partner is length 0.</summary>
    private static byte[] AssociatedData(SurveyAnswerKey answer)
    {
        var partner = answer.PartnerId ?? string.Empty;
        return Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"{SurveyCommentPurpose}{answer.StudentId.Length}:{answer.StudentId}/{answer.Point}/{partner.Length}:{partner}"));
    }
}
