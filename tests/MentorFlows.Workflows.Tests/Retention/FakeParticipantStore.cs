using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Tests.Retention;

/// <summary>Participant records in a dictionary; only what the eraser uses.</summary>
internal sealed class FakeParticipantStore : IParticipantStore
{
    private readonly Dictionary<string, ParticipantRecord> _records = new(StringComparer.Ordinal);

    public FakeParticipantStore(params ParticipantRecord[] records)
    {
        foreach (var record in records)
        {
            _records[record.StudentId] = record;
        }
    }

    public Task<ParticipantRecord?> GetAsync(string studentId, CancellationToken cancellationToken) =>
        Task.FromResult(_records.GetValueOrDefault(studentId));

    public Task<IReadOnlyList<ParticipantRecord>> GetManyAsync(IReadOnlyCollection<string> studentIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ParticipantRecord>>([.. studentIds.Where(_records.ContainsKey).Select(id => _records[id])]);

    public Task<IReadOnlyList<ParticipantRecord>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ParticipantRecord>>([.. _records.Values]);

    public Task SaveAsync(IReadOnlyList<ParticipantRecord> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            _records[record.StudentId] = record;
        }

        return Task.CompletedTask;
    }

    public Task<bool> EraseAsync(string studentId, CancellationToken cancellationToken) => Task.FromResult(_records.Remove(studentId));

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) => Task.FromResult(_records.Count);
}
