using System.Security.Cryptography;
using System.Text;

namespace MentorFlows.Runtime.Execution;

/// <summary>
/// Name-based (version 5, RFC 4122) ids, as Durable's <c>NewGuid</c>: the name is the instance id, the episode's
/// time and a counter, so a replay of the same step gets the same id.
/// </summary>
internal static class DeterministicGuid
{
    private static readonly Guid Namespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(string instanceId, DateTime currentUtc, int counter)
    {
        var name = Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{instanceId}_{currentUtc:o}_{counter}"));
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
        var input = new byte[namespaceBytes.Length + name.Length];
        namespaceBytes.CopyTo(input, 0);
        name.CopyTo(input, namespaceBytes.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 specifies; this is an id, not a security boundary.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
