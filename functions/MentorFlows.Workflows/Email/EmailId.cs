using System.Security.Cryptography;
using System.Text;

namespace MentorFlows.Workflows.Email;

/// <summary>
/// Stable email ids: <c>{kind}-{32 hex}</c>, the hex being SHA-256 over the kind and the parts that make the email
/// unique (scheme year, student ids, round...), never over time of sending. A retried activity, a replay or a
/// restart computes the same id, which is what lets <see cref="IMailer"/> refuse to send twice. Parts are ids, and
/// the hash does not reveal them.
/// </summary>
public static class EmailId
{
    public static string Create(EmailKind kind, params IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var canonical = new StringBuilder(kind.WireName());
        foreach (var part in parts)
        {
            ArgumentNullException.ThrowIfNull(part);

            // Unit separator: cannot occur in ids, so ("a", "bc") and ("ab", "c") differ.
            canonical.Append('\u001f').Append(part);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return $"{kind.WireName()}-{Convert.ToHexStringLower(hash, 0, 16)}";
    }
}
