using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="ITimeline"/> in memory, idempotent by entry id. Thread-safe.</summary>
public sealed class InMemoryTimeline : ITimeline
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TimelineEntry> _entries = new(StringComparer.Ordinal);

    public Task AppendAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _entries.TryAdd(entry.Id, entry);
        }

        return Task.CompletedTask;
    }

    public Task<int> EraseStudentAsync(string studentId, string erasedKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var erased = _entries.Values
                .Select(entry => (Old: entry, New: TimelineErasure.Erase(entry, studentId, erasedKey)))
                .Where(pair => pair.New is not null)
                .ToList();
            foreach (var (old, replacement) in erased)
            {
                _entries.Remove(old.Id);
                _entries[replacement!.Id] = replacement;
            }

            return Task.FromResult(erased.Count);
        }
    }

    public Task<IReadOnlyList<TimelineEntry>> ReadAllAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<TimelineEntry> all = [.. _entries.Values.OrderBy(e => e.AtUtc).ThenBy(e => e.Id, StringComparer.Ordinal)];
            return Task.FromResult(all);
        }
    }
}
