using MentorFlows.Workflows.Stores.Protection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Functions.Functions.Triggers;

/// <summary>
/// Daily, moves concern accounts and survey comments sealed under an earlier key (or kept plain by an older version)
/// to the current key (<see cref="StoredTextResealer"/>). A key rotation on Azure: the new key in the Key Vault secret
/// <c>concern-key</c>, the old one in the app setting <c>MentorFlows__DataProtection__PreviousConcernKeys__0</c>, then,
/// after a run shows "Resealed ..." (or nothing left to reseal), drop the old key.
/// </summary>
public static class StoredTextResealTrigger
{
    /// <summary>NCRONTAB, six fields, 06:45 every day in UTC (as <see cref="SchemeScheduleTrigger.Schedule"/>: no local time needed).</summary>
    public const string Schedule = "0 45 6 * * *";

    [Function(nameof(ResealStoredTexts))]
    public static async Task ResealStoredTexts([TimerTrigger(Schedule)] TimerInfo timer, FunctionContext executionContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        var result = await executionContext.InstanceServices.GetRequiredService<StoredTextResealer>().ResealAsync(cancellationToken).ConfigureAwait(false);
        if (!result.Complete)
        {
            // The resealer logged which store; failing the run makes it show as a failed invocation.
            throw new InvalidOperationException($"{result.StoresFailed} store(s) still hold text the current keys cannot reseal; see the log of this run.");
        }
    }
}
