using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Workflows.Tests.Retention;

/// <summary>Timeline entries in a list.</summary>
internal sealed class FakeTimeline : ITimeline
{
    public List<TimelineEntry> Entries { get; } = [];

    public Task AppendAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        Entries.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TimelineEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TimelineEntry>>([.. Entries]);

    public Task<int> EraseStudentAsync(string studentId, string erasedKey, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.RemoveAll(entry => entry.Subject == studentId));
}
