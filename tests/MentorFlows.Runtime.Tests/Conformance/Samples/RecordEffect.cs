using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance.Samples;

/// <summary>
/// An idempotent side effect keyed by a stable id (like an email with a stable id): applied once however often it runs.
/// A key containing "flaky" fails its first attempt, to exercise retries.
/// </summary>
internal sealed class RecordEffect(EffectLedger ledger) : IActivity<string, string>
{
    public Task<string> RunAsync(IActivityContext context, string input, CancellationToken cancellationToken)
    {
        if (ledger.Attempt(input) == 1 && input.Contains("flaky", StringComparison.Ordinal))
        {
            throw new TimeoutException("The survey service did not answer.");
        }

        ledger.Apply(input);
        return Task.FromResult(input);
    }
}
