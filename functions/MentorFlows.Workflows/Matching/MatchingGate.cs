namespace MentorFlows.Workflows.Matching;

/// <summary>
/// Lets one matching run at a time in this process: a matching reads every current match and the waiting list and
/// writes new ones, so two at once (two resignations in the same minute) could give one mentor's last place twice.
/// On Azure, where activities run on several workers, the adapter must serialise matchings too (one singleton
/// orchestration or a lease); that is the Azure adapter's issue.
/// </summary>
public sealed class MatchingGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> matching, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matching);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await matching().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
