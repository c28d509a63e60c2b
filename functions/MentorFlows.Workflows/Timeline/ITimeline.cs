namespace MentorFlows.Workflows.Timeline;

/// <summary>Where workflows record what happened. Idempotent by <see cref="TimelineEntry.Id"/>.</summary>
public interface ITimeline
{
    Task AppendAsync(TimelineEntry entry, CancellationToken cancellationToken);

    /// <summary>Every entry in time order (then by id).</summary>
    Task<IReadOnlyList<TimelineEntry>> ReadAllAsync(CancellationToken cancellationToken);
}
