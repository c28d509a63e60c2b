using System.Security.Cryptography;
using System.Text;

namespace MentorFlows.Api.Security;

/// <summary>
/// The coordinator key, compared in constant time: both sides are hashed first (SHA-256), so neither the time taken
/// nor an early length mismatch tells a caller how much of a guess was right.
/// </summary>
public sealed class CoordinatorKey
{
    private readonly byte[] _hash;

    public CoordinatorKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));

    /// <summary>
    /// A key derived from the coordinator key for one <paramref name="purpose"/> (HMAC-SHA256 of the purpose under the
    /// key's hash): another key gives other derived keys, so rotating the coordinator key voids what they signed.
    /// </summary>
    internal byte[] Derive(string purpose) => HMACSHA256.HashData(_hash, Encoding.UTF8.GetBytes(purpose));

    public override string ToString() => "CoordinatorKey (hidden)";
}
