using System.Security.Cryptography;
using System.Text;

namespace MentorFlows.Local.Serve;

/// <summary>
/// The fixed keys <c>serve --dev</c> uses where configuration gives none. They are public (they are in this file), so
/// links signed with them can be forged by anyone: for a laptop and synthetic data only.
/// </summary>
public static class DevelopmentKeys
{
    public const string CoordinatorKey = "dev-coordinator-key";

    public static byte[] LinkSigningKey() => Derive("links");

    public static byte[] PseudonymKey() => Derive("pseudonyms");

    /// <summary>Encrypts concern text and survey comments at rest in PostgreSQL (<c>MentorFlows:DataProtection:ConcernKey</c>).</summary>
    public static byte[] ConcernKey() => Derive("concern text");

    private static byte[] Derive(string purpose) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes("MentorFlows development keys: public, never for real participants"), Encoding.UTF8.GetBytes(purpose));
}
