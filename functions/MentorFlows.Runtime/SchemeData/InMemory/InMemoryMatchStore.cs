using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="IMatchStore"/> in memory, indexed by student (as a database would be). Thread-safe.</summary>
public sealed class InMemoryMatchStore : IMatchStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MatchRecord> _matches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byStudent = new(StringComparer.Ordinal);
    private readonly HashSet<MatchPair> _excluded = [];
    private List<WaitingMentee> _waiting = [];

    public Task AddAsync(IReadOnlyList<MatchRecord> matches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matches);
        lock (_gate)
        {
            foreach (var match in matches)
            {
                if (_matches.TryAdd(match.MatchId, match))
                {
                    Index(match.MenteeId, match.MatchId);
                    Index(match.MentorId, match.MatchId);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<MatchRecord?> GetAsync(string matchId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_matches.GetValueOrDefault(matchId));
        }
    }

    public Task UpdateAsync(MatchRecord match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (_gate)
        {
            if (_matches.ContainsKey(match.MatchId))
            {
                _matches[match.MatchId] = match;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MatchRecord>> ListForStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<MatchRecord> matches = _byStudent.TryGetValue(studentId, out var ids)
                ? [.. ids.Select(id => _matches[id]).OrderBy(match => match.MatchId, StringComparer.Ordinal)]
                : [];
            return Task.FromResult(matches);
        }
    }

    public Task<IReadOnlyList<MatchRecord>> ListByBatchAsync(string batchId, CancellationToken cancellationToken) =>
        Select(match => string.Equals(match.BatchId, batchId, StringComparison.Ordinal));

    public Task<IReadOnlyList<MatchRecord>> ListEndedByAsync(string endedBy, CancellationToken cancellationToken) =>
        Select(match => string.Equals(match.EndedBy, endedBy, StringComparison.Ordinal));

    public Task<IReadOnlyList<MatchRecord>> ListCurrentAsync(CancellationToken cancellationToken) =>
        Select(match => match.IsCurrent);

    public Task<IReadOnlyList<MatchRecord>> ListCurrentByMentorPageAsync(string? afterMentorId, int maxMentors, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMentors, 1);
        lock (_gate)
        {
            IReadOnlyList<MatchRecord> page = [.. _matches.Values
                .Where(match => match.IsCurrent && (afterMentorId is null || string.CompareOrdinal(match.MentorId, afterMentorId) > 0))
                .GroupBy(match => match.MentorId, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Take(maxMentors)
                .SelectMany(group => group.OrderBy(match => match.MenteeId, StringComparer.Ordinal))];
            return Task.FromResult(page);
        }
    }

    public Task AddExcludedPairAsync(MatchPair pair, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pair);
        lock (_gate)
        {
            _excluded.Add(pair);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MatchPair>> ListExcludedPairsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<MatchPair> pairs = [.. _excluded];
            return Task.FromResult(pairs);
        }
    }

    public Task ReplaceWaitingAsync(IReadOnlyList<WaitingMentee> waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        lock (_gate)
        {
            _waiting = [.. waiting];
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WaitingMentee>> ListWaitingAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<WaitingMentee> waiting = [.. _waiting];
            return Task.FromResult(waiting);
        }
    }

    public Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var matches = _byStudent.Remove(studentId, out var ids) ? ids : [];
            foreach (var id in matches)
            {
                if (_matches.Remove(id, out var match))
                {
                    var other = match.MenteeId == studentId ? match.MentorId : match.MenteeId;
                    if (_byStudent.TryGetValue(other, out var otherIds))
                    {
                        otherIds.Remove(id);
                    }
                }
            }

            var pairs = _excluded.RemoveWhere(pair => pair.MenteeId == studentId || pair.MentorId == studentId);
            var waiting = _waiting.RemoveAll(entry => entry.MenteeId == studentId);
            return Task.FromResult(matches.Count + pairs + waiting);
        }
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_matches.Count + _excluded.Count + _waiting.Count);
        }
    }

    private void Index(string studentId, string matchId)
    {
        if (!_byStudent.TryGetValue(studentId, out var ids))
        {
            _byStudent[studentId] = ids = [];
        }

        ids.Add(matchId);
    }

    private Task<IReadOnlyList<MatchRecord>> Select(Func<MatchRecord, bool> predicate)
    {
        lock (_gate)
        {
            IReadOnlyList<MatchRecord> selected = [.. _matches.Values.Where(predicate).OrderBy(match => match.MatchId, StringComparer.Ordinal)];
            return Task.FromResult(selected);
        }
    }
}
