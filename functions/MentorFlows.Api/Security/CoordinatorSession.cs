using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace MentorFlows.Api.Security;

/// <summary>
/// A coordinator's browser session after signing in with the key: an opaque token
/// <c>v1.{payload}.{mac}</c>, base64url, where the payload is the expiry (Unix seconds, big-endian) and 16 random
/// bytes, and the MAC is HMAC-SHA256 under a key derived from the coordinator key (<see cref="CoordinatorKey.Derive"/>).
/// Nothing is stored on the server: a token is valid while its MAC matches and <c>now &lt; expiry</c> (the expiry
/// instant itself is out). Rotating the coordinator key ends every session.
/// </summary>
public sealed class CoordinatorSession
{
    /// <summary>How long a session lasts from sign-in: a working day.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private const string Version = "v1";
    private const int PayloadBytes = 8 + 16;
    private readonly byte[] _macKey;
    private readonly TimeProvider _clock;

    public CoordinatorSession(CoordinatorKey key, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(clock);
        _macKey = key.Derive("MentorFlows coordinator session v1");
        _clock = clock;
    }

    /// <summary>A new token, valid for <see cref="Lifetime"/> from now; also returns its expiry.</summary>
    public (string Token, DateTimeOffset ExpiresAt) Issue()
    {
        var expiresAt = _clock.GetUtcNow() + Lifetime;
        var payload = new byte[PayloadBytes];
        BinaryPrimitives.WriteInt64BigEndian(payload, expiresAt.ToUnixTimeSeconds());
        RandomNumberGenerator.Fill(payload.AsSpan(8));
        var mac = HMACSHA256.HashData(_macKey, payload);
        return ($"{Version}.{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(mac)}", DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()));
    }

    /// <summary>True for a token this key signed that has not expired; false for anything else, malformed included.</summary>
    public bool IsValid(string? token)
    {
        if (token is null || token.Split('.') is not [Version, var payloadText, var macText])
        {
            return false;
        }

        byte[] payload;
        byte[] mac;
        try
        {
            payload = Base64Url.DecodeFromChars(payloadText);
            mac = Base64Url.DecodeFromChars(macText);
        }
        catch (FormatException)
        {
            return false;
        }

        if (payload.Length != PayloadBytes || !CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_macKey, payload), mac))
        {
            return false;
        }

        return _clock.GetUtcNow().ToUnixTimeSeconds() < BinaryPrimitives.ReadInt64BigEndian(payload);
    }

    public override string ToString() => "CoordinatorSession (key hidden)";
}
