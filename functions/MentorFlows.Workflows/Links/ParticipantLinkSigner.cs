using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace MentorFlows.Workflows.Links;

/// <summary>
/// Signs and verifies the links in scheme emails (DESIGN.md: HMAC-signed (purpose, student, expiry), compared in
/// constant time). A token is <c>base64url(payload).base64url(HMAC-SHA256(key, payload))</c>, the payload holding a
/// version byte, the purpose, the expiry (Unix seconds) and the length-prefixed UTF-8 student id and scope. It carries
/// ids only, no personal data. The key comes from configuration (at least <see cref="MinimumKeyBytes"/> random bytes);
/// changing it invalidates every link already sent.
/// </summary>
public sealed class ParticipantLinkSigner
{
    public const int MinimumKeyBytes = 32;

    private const byte Version = 1;
    private const int MacBytes = 32;
    private readonly byte[] _key;

    public ParticipantLinkSigner(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The link signing key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = key.ToArray();
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

        var payload = Encode(claims);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>
    /// Checks <paramref name="token"/>: well formed, signed with this key (compared in constant time), made for
    /// <paramref name="expectedPurpose"/>, and not expired at <paramref name="now"/> (valid while now &lt; expiry).
    /// The signature is checked before anything in the payload is believed.
    /// </summary>
    public LinkVerification Verify(string? token, LinkPurpose expectedPurpose, Instant now)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || !TryDecode(token.AsSpan(0, dot), out var payload) || !TryDecode(token.AsSpan(dot + 1), out var mac))
        {
            return LinkVerification.Refused(LinkVerificationFailure.Malformed);
        }

        var expected = HMACSHA256.HashData(_key, payload);
        if (mac.Length != MacBytes || !CryptographicOperations.FixedTimeEquals(expected, mac))
        {
            return LinkVerification.Refused(LinkVerificationFailure.BadSignature);
        }

        if (!TryDecodePayload(payload, out var claims))
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

        var payload = new byte[1 + 1 + 8 + 2 + student.Length + 2 + scope.Length];
        var span = payload.AsSpan();
        span[0] = Version;
        span[1] = (byte)claims.Purpose;
        BinaryPrimitives.WriteInt64BigEndian(span[2..], claims.ExpiresAt.ToUnixTimeSeconds());
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)student.Length);
        student.CopyTo(span[12..]);
        var scopeAt = 12 + student.Length;
        BinaryPrimitives.WriteUInt16BigEndian(span[scopeAt..], (ushort)scope.Length);
        scope.CopyTo(span[(scopeAt + 2)..]);
        return payload;
    }

    private static bool TryDecodePayload(ReadOnlySpan<byte> payload, out ParticipantLinkClaims claims)
    {
        claims = null!;
        if (payload.Length < 14 || payload[0] != Version || !Enum.IsDefined((LinkPurpose)payload[1]))
        {
            return false;
        }

        var expiry = BinaryPrimitives.ReadInt64BigEndian(payload[2..]);
        var studentLength = BinaryPrimitives.ReadUInt16BigEndian(payload[10..]);
        var scopeAt = 12 + studentLength;
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
            (LinkPurpose)payload[1],
            Encoding.UTF8.GetString(payload.Slice(12, studentLength)),
            Instant.FromUnixTimeSeconds(expiry),
            Encoding.UTF8.GetString(payload.Slice(scopeAt + 2, scopeLength)));
        return true;
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
