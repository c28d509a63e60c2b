using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace MentorFlows.Workflows.Links;

/// <summary>
/// Signs and verifies the links in scheme emails (DESIGN.md: HMAC-signed (purpose, student, expiry), compared in
/// constant time). A token is <c>base64url(sealed).base64url(HMAC-SHA256(macKey, sealed))</c>. <c>sealed</c> is a
/// version byte, a 12-byte nonce and the AES-GCM encryption of the claims (purpose, expiry in Unix seconds, the
/// length-prefixed UTF-8 student id and scope): links travel through mail scanners, proxies and request logs, so the
/// student id in them is encrypted, not just signed. The nonce is derived from the claims (a synthetic IV), so the
/// same claims always give the same token and a re-rendered email is identical. Both keys are derived (HKDF) from the
/// configured key (at least <see cref="MinimumKeyBytes"/> random bytes); changing it invalidates every link already sent.
/// </summary>
public sealed class ParticipantLinkSigner
{
    public const int MinimumKeyBytes = 32;

    private const byte Version = 2;
    private const int MacBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _macKey;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _nonceKey;

    public ParticipantLinkSigner(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The link signing key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        _macKey = DeriveKey(key, "MentorFlows link signature v2");
        _encryptionKey = DeriveKey(key, "MentorFlows link encryption v2");
        _nonceKey = DeriveKey(key, "MentorFlows link nonce v2");
    }

    /// <summary>A URL-safe token for <paramref name="claims"/> (characters A–Z a–z 0–9 - _ and one '.').</summary>
    public string Sign(ParticipantLinkClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentException.ThrowIfNullOrEmpty(claims.StudentId);
        ArgumentNullException.ThrowIfNull(claims.Scope);
        if (!Enum.IsDefined(claims.Purpose))
        {
            throw new ArgumentOutOfRangeException(nameof(claims), claims.Purpose, "Unknown link purpose.");
        }

        var sealedClaims = Seal(Encode(claims));
        return Base64Url.EncodeToString(sealedClaims) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_macKey, sealedClaims));
    }

    /// <summary>
    /// Checks <paramref name="token"/>: well formed, signed with this key (compared in constant time), made for
    /// <paramref name="expectedPurpose"/>, and not expired at <paramref name="now"/> (valid while now &lt; expiry).
    /// The signature is checked before anything in the payload is believed.
    /// </summary>
    public LinkVerification Verify(string? token, LinkPurpose expectedPurpose, Instant now)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || !TryDecode(token.AsSpan(0, dot), out var sealedClaims) || !TryDecode(token.AsSpan(dot + 1), out var mac))
        {
            return LinkVerification.Refused(LinkVerificationFailure.Malformed);
        }

        var expected = HMACSHA256.HashData(_macKey, sealedClaims);
        if (mac.Length != MacBytes || !CryptographicOperations.FixedTimeEquals(expected, mac))
        {
            return LinkVerification.Refused(LinkVerificationFailure.BadSignature);
        }

        if (!TryUnseal(sealedClaims, out var payload) || !TryDecodePayload(payload, out var claims))
        {
            return LinkVerification.Refused(LinkVerificationFailure.Malformed);
        }

        if (claims.Purpose != expectedPurpose)
        {
            return LinkVerification.Refused(LinkVerificationFailure.WrongPurpose);
        }

        return now < claims.ExpiresAt
            ? LinkVerification.Valid(claims)
            : LinkVerification.Refused(LinkVerificationFailure.Expired);
    }

    private static byte[] Encode(ParticipantLinkClaims claims)
    {
        var student = Encoding.UTF8.GetBytes(claims.StudentId);
        var scope = Encoding.UTF8.GetBytes(claims.Scope);
        if (student.Length > ushort.MaxValue || scope.Length > ushort.MaxValue)
        {
            throw new ArgumentException("Student id and scope must each be shorter than 64 KiB.", nameof(claims));
        }

        var payload = new byte[1 + 8 + 2 + student.Length + 2 + scope.Length];
        var span = payload.AsSpan();
        span[0] = (byte)claims.Purpose;
        BinaryPrimitives.WriteInt64BigEndian(span[1..], claims.ExpiresAt.ToUnixTimeSeconds());
        BinaryPrimitives.WriteUInt16BigEndian(span[9..], (ushort)student.Length);
        student.CopyTo(span[11..]);
        var scopeAt = 11 + student.Length;
        BinaryPrimitives.WriteUInt16BigEndian(span[scopeAt..], (ushort)scope.Length);
        scope.CopyTo(span[(scopeAt + 2)..]);
        return payload;
    }

    private static bool TryDecodePayload(ReadOnlySpan<byte> payload, out ParticipantLinkClaims claims)
    {
        claims = null!;
        if (payload.Length < 13 || !Enum.IsDefined((LinkPurpose)payload[0]))
        {
            return false;
        }

        var expiry = BinaryPrimitives.ReadInt64BigEndian(payload[1..]);
        var studentLength = BinaryPrimitives.ReadUInt16BigEndian(payload[9..]);
        var scopeAt = 11 + studentLength;
        if (studentLength == 0 || payload.Length < scopeAt + 2
            || expiry < Instant.MinValue.ToUnixTimeSeconds() || expiry > Instant.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var scopeLength = BinaryPrimitives.ReadUInt16BigEndian(payload[scopeAt..]);
        if (payload.Length != scopeAt + 2 + scopeLength)
        {
            return false;
        }

        claims = new ParticipantLinkClaims(
            (LinkPurpose)payload[0],
            Encoding.UTF8.GetString(payload.Slice(11, studentLength)),
            Instant.FromUnixTimeSeconds(expiry),
            Encoding.UTF8.GetString(payload.Slice(scopeAt + 2, scopeLength)));
        return true;
    }

    /// <summary>version ‖ nonce ‖ AES-GCM(claims) ‖ tag, the version byte authenticated as associated data.</summary>
    private byte[] Seal(byte[] payload)
    {
        var sealedClaims = new byte[1 + NonceBytes + payload.Length + TagBytes];
        var span = sealedClaims.AsSpan();
        span[0] = Version;
        var nonce = span.Slice(1, NonceBytes);
        HMACSHA256.HashData(_nonceKey, payload).AsSpan(0, NonceBytes).CopyTo(nonce);
        using var aes = new AesGcm(_encryptionKey, TagBytes);
        aes.Encrypt(nonce, payload, span.Slice(1 + NonceBytes, payload.Length), span[^TagBytes..], span[..1]);
        return sealedClaims;
    }

    private bool TryUnseal(ReadOnlySpan<byte> sealedClaims, out byte[] payload)
    {
        payload = [];
        if (sealedClaims.Length <= 1 + NonceBytes + TagBytes || sealedClaims[0] != Version)
        {
            return false;
        }

        payload = new byte[sealedClaims.Length - 1 - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(_encryptionKey, TagBytes);
            aes.Decrypt(sealedClaims.Slice(1, NonceBytes), sealedClaims.Slice(1 + NonceBytes, payload.Length), sealedClaims[^TagBytes..], payload, sealedClaims[..1]);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            // Only reachable with a valid HMAC, i.e. a token made with this key but not by Seal: treat as malformed.
            return false;
        }
    }

    private static byte[] DeriveKey(ReadOnlySpan<byte> key, string purpose)
    {
        var derived = new byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key, derived, salt: [], info: Encoding.UTF8.GetBytes(purpose));
        return derived;
    }

    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.IsEmpty || !Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == length;
    }
}
