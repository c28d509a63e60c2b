using MentorFlows.Domain.Concerns;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary>
/// <see cref="IConcernStore"/> in memory, with one reference sequence per scheme year. The texts are kept apart from
/// the records, so no record handed out carries one. Thread-safe.
/// </summary>
public sealed class InMemoryConcernStore : IConcernStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, ConcernRecord> _concerns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _lastSequence = [];

    public Task<ConcernRecord> AddAsync(NewConcern concern, int schemeYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        lock (_gate)
        {
            if (concern.SubmissionId is { } submission
                && _concerns.Values.FirstOrDefault(c => c.SubmissionId == submission) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var sequence = _lastSequence.GetValueOrDefault(schemeYear) + 1;
            _lastSequence[schemeYear] = sequence;
            var record = new ConcernRecord(
                ConcernReference.Create(schemeYear, sequence),
                concern.ReporterId,
                concern.AboutId,
                concern.Category,
                concern.ImmediateRisk,
                HasText: true,
                concern.RaisedAtUtc,
                concern.SubmissionId);
            _concerns[record.Reference.Value] = record;
            _texts[record.Reference.Value] = concern.Text;
            return Task.FromResult(record);
        }
    }

    public Task<ConcernRecord?> GetAsync(ConcernReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (_gate)
        {
            return Task.FromResult(_concerns.GetValueOrDefault(reference.Value));
        }
    }

    public Task UpdateAsync(ConcernRecord concern, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        lock (_gate)
        {
            if (_concerns.TryGetValue(concern.Reference.Value, out var stored))
            {
                _concerns[concern.Reference.Value] = stored with { Status = concern.Status, Outcome = concern.Outcome, DecidedAtUtc = concern.DecidedAtUtc };
            }
        }

        return Task.CompletedTask;
    }

    public Task<string?> ReadTextAsync(ConcernReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (_gate)
        {
            return Task.FromResult(_texts.GetValueOrDefault(reference.Value));
        }
    }

    public Task<IReadOnlyList<ConcernRecord>> ListOpenForStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ConcernRecord> open = [.. _concerns.Values.Where(c => c.Status == ConcernStatus.Open && c.Involves(studentId))];
            return Task.FromResult(open);
        }
    }

    public Task<IReadOnlyList<ConcernRecord>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ConcernRecord> all = [.. _concerns.Values];
            return Task.FromResult(all);
        }
    }

    public Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var involved = _concerns.Values.Where(c => c.Involves(studentId)).ToList();
            foreach (var concern in involved)
            {
                // The text is about both people in it, and its submission id may echo the form: both go with either.
                _concerns[concern.Reference.Value] = concern with
                {
                    ReporterId = concern.ReporterId == studentId ? null : concern.ReporterId,
                    AboutId = concern.AboutId == studentId ? null : concern.AboutId,
                    HasText = false,
                    SubmissionId = null,
                };
                _texts.Remove(concern.Reference.Value);
            }

            return Task.FromResult(involved.Count);
        }
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_concerns.Values.Count(c => c.HoldsPersonalData || c.SubmissionId is not null));
        }
    }
}
