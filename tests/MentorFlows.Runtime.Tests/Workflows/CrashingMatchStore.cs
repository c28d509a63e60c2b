using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.Tests.Workflows;

/// <summary>
/// An <see cref="IMatchStore"/> that lets <paramref name="writesBeforeCrash"/> writes (match updates, waiting-list
/// replacements) through and then fails that write and every later call: an activity attempt that dies part-way, its
/// earlier writes kept.
/// </summary>
internal sealed class CrashingMatchStore(IMatchStore inner, int writesBeforeCrash) : IMatchStore
{
    private int _writes;

    public bool Crashed => _writes > writesBeforeCrash;

    public Task UpdateAsync(MatchRecord match, CancellationToken cancellationToken) =>
        ++_writes > writesBeforeCrash ? Task.FromException(new IOException("simulated crash")) : Pass(() => inner.UpdateAsync(match, cancellationToken));

    public Task AddAsync(IReadOnlyList<MatchRecord> matches, CancellationToken cancellationToken) => Pass(() => inner.AddAsync(matches, cancellationToken));

    public Task<MatchRecord?> GetAsync(string matchId, CancellationToken cancellationToken) => Pass(() => inner.GetAsync(matchId, cancellationToken));

    public Task<IReadOnlyList<MatchRecord>> ListForStudentAsync(string studentId, CancellationToken cancellationToken) => Pass(() => inner.ListForStudentAsync(studentId, cancellationToken));

    public Task<IReadOnlyList<MatchRecord>> ListByBatchAsync(string batchId, CancellationToken cancellationToken) => Pass(() => inner.ListByBatchAsync(batchId, cancellationToken));

    public Task<IReadOnlyList<MatchRecord>> ListEndedByAsync(string endedBy, CancellationToken cancellationToken) => Pass(() => inner.ListEndedByAsync(endedBy, cancellationToken));

    public Task<IReadOnlyList<MatchRecord>> ListCurrentAsync(CancellationToken cancellationToken) => Pass(() => inner.ListCurrentAsync(cancellationToken));

    public Task<IReadOnlyList<MatchRecord>> ListCurrentByMentorPageAsync(string? afterMentorId, int maxMentors, CancellationToken cancellationToken) =>
        Pass(() => inner.ListCurrentByMentorPageAsync(afterMentorId, maxMentors, cancellationToken));

    public Task AddExcludedPairAsync(MatchPair pair, CancellationToken cancellationToken) => Pass(() => inner.AddExcludedPairAsync(pair, cancellationToken));

    public Task<IReadOnlyList<MatchPair>> ListExcludedPairsAsync(CancellationToken cancellationToken) => Pass(() => inner.ListExcludedPairsAsync(cancellationToken));

    public Task ReplaceWaitingAsync(IReadOnlyList<WaitingMentee> waiting, CancellationToken cancellationToken) =>
        ++_writes > writesBeforeCrash ? Task.FromException(new IOException("simulated crash")) : Pass(() => inner.ReplaceWaitingAsync(waiting, cancellationToken));

    public Task<IReadOnlyList<WaitingMentee>> ListWaitingAsync(CancellationToken cancellationToken) => Pass(() => inner.ListWaitingAsync(cancellationToken));

    public Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken) => Pass(() => inner.EraseStudentAsync(studentId, cancellationToken));

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) => Pass(() => inner.CountPersonalRecordsAsync(cancellationToken));

    private Task<T> Pass<T>(Func<Task<T>> call) => Crashed ? Task.FromException<T>(new IOException("simulated crash")) : call();

    private Task Pass(Func<Task> call) => Crashed ? Task.FromException(new IOException("simulated crash")) : call();
}
