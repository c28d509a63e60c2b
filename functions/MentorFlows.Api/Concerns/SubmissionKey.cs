using System.Security.Cryptography;
using System.Text;

namespace MentorFlows.Api.Concerns;

/// <summary>
/// The submission id stored with a concern reported over HTTP: a hash of the reporter and the client's one-time id,
/// so one reporter's resubmission is the same concern while another reporter can never land on it, and the stored
/// value names nobody. Prefixed <c>web-</c>, apart from <c>simulate</c>'s event labels.
/// </summary>
public static class SubmissionKey
{
    public static string For(string reporterId, string clientSubmissionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(reporterId);
        ArgumentException.ThrowIfNullOrEmpty(clientSubmissionId);
        return "web-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{reporterId}\n{clientSubmissionId}")))[..32];
    }
}
