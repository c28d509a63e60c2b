using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Tests.Retention;

/// <summary>Concern records in a list; counts the erasures it is asked for.</summary>
internal sealed class FakeConcernStore : IConcernStore
{
    private readonly List<ConcernRecord> _concerns;

    public FakeConcernStore(params ConcernRecord[] concerns) => _concerns = [.. concerns];

    public int Erasures { get; private set; }

    public Task<ConcernRecord> AddAsync(NewConcern concern, int schemeYear, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The eraser never adds a concern.");

    public Task<ConcernRecord?> GetAsync(ConcernReference reference, CancellationToken cancellationToken) =>
        Task.FromResult(_concerns.FirstOrDefault(c => c.Reference == reference));

    public Task UpdateAsync(ConcernRecord concern, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The eraser never updates a concern.");

    public Task<string?> ReadTextAsync(ConcernReference reference, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<IReadOnlyList<ConcernRecord>> ListOpenForStudentAsync(string studentId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConcernRecord>>([.. _concerns.Where(c => c.Status == ConcernStatus.Open && c.Involves(studentId))]);

    public Task<IReadOnlyList<ConcernRecord>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConcernRecord>>([.. _concerns]);

    public Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        Erasures++;
        return Task.FromResult(_concerns.Count(c => c.Involves(studentId)));
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) => Task.FromResult(_concerns.Count(c => c.HoldsPersonalData));
}
