using System.Security.Cryptography;

namespace MentorFlows.Workflows.Stores.Protection;

/// <summary>
/// A store that keeps text sealed with the <see cref="TextProtector"/> (concern accounts, survey comments). After a key
/// rotation, or an upgrade from a version that kept the text plain, <see cref="ResealAsync"/> moves every row to the
/// current key, so the earlier key can be dropped. <see cref="StoredTextResealer"/> runs it for every such store.
/// </summary>
public interface ISealedTextStore
{
    /// <summary>What the store seals, in words for the log ("concern accounts").</summary>
    string SealedContent { get; }

    /// <summary>
    /// Seals under the current key every text still plain or sealed under an earlier key; returns how many. Safe to run
    /// again and beside other writers: each row is replaced only if unchanged since it was read.
    /// </summary>
    /// <exception cref="CryptographicException">A text is sealed under a key that is not configured, or was altered.</exception>
    Task<int> ResealAsync(CancellationToken cancellationToken);
}
