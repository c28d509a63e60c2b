using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Workflows.Stores.Protection;

/// <summary>
/// Moves every sealed text of every <see cref="ISealedTextStore"/> to the current key: the step of a key rotation
/// between "move the old key to the previous keys" and "drop it" (<see cref="TextProtectionOptions"/>), and what seals
/// text kept plain by an older version. Hosts run it on their own: <c>serve</c> at start-up, the Azure host daily.
/// A store that fails (a text under a key no longer configured) is logged and the others still run; the next run
/// tries again. Log lines carry counts, contents and key ids: never text, never a student.
/// </summary>
public sealed class StoredTextResealer
{
    private readonly IReadOnlyList<ISealedTextStore> _stores;
    private readonly TextProtector _protector;
    private readonly ILogger<StoredTextResealer> _logger;

    public StoredTextResealer(IEnumerable<ISealedTextStore> stores, TextProtector protector, ILogger<StoredTextResealer> logger)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(protector);
        ArgumentNullException.ThrowIfNull(logger);
        _stores = [.. stores];
        _protector = protector;
        _logger = logger;
    }

    public async Task<StoredTextResealResult> ResealAsync(CancellationToken cancellationToken)
    {
        var resealed = 0;
        var failed = 0;
        foreach (var store in _stores)
        {
            try
            {
                var count = await store.ResealAsync(cancellationToken).ConfigureAwait(false);
                resealed += count;
                if (count > 0)
                {
                    _logger.LogInformation("Resealed {Count} {Content} under key {KeyId}.", count, store.SealedContent, _protector.CurrentKeyId);
                }
            }
            catch (CryptographicException)
            {
                // Not the exception's message: for a survey comment it names the student.
                failed++;
                _logger.LogError(
                    "Could not reseal all {Content} under key {KeyId}: one is sealed under a key that is not configured, or was altered. Add the earlier key to {Setting} and run again.",
                    store.SealedContent,
                    _protector.CurrentKeyId,
                    TextProtectionOptions.SectionName + ":" + nameof(TextProtectionOptions.PreviousConcernKeys));
            }
        }

        return new StoredTextResealResult(resealed, failed);
    }
}
