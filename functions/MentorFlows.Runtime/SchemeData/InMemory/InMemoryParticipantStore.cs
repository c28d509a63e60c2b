using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="IParticipantStore"/> in memory (simulation, tests, <c>serve --store memory</c>). Thread-safe.</summary>
public sealed class InMemoryParticipantStore : IParticipantStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, ParticipantRecord> _records = new(StringComparer.Ordinal);

    public Task<ParticipantRecord?> GetAsync(string studentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.GetValueOrDefault(studentId));
        }
    }

    public Task<IReadOnlyList<ParticipantRecord>> GetManyAsync(IReadOnlyCollection<string> studentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(studentIds);
        lock (_gate)
        {
            IReadOnlyList<ParticipantRecord> found = [.. studentIds.Distinct(StringComparer.Ordinal).Select(_records.GetValueOrDefault).OfType<ParticipantRecord>()];
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<ParticipantRecord>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ParticipantRecord> all = [.. _records.Values];
            return Task.FromResult(all);
        }
    }

    public Task SaveAsync(IReadOnlyList<ParticipantRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_gate)
        {
            foreach (var record in records)
            {
                _records[record.StudentId] = record;
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> EraseAsync(string studentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.Remove(studentId));
        }
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.Count);
        }
    }
}
