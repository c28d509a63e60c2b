namespace MentorFlows.Workflows.Timeline;

/// <summary>Where workflows record what happened. Idempotent by <see cref="TimelineEntry.Id"/>.</summary>
public interface ITimeline
{
    Task AppendAsync(TimelineEntry entry, CancellationToken cancellationToken);

    /// <summary>Every entry in time order (then by id).</summary>
    Task<IReadOnlyList<TimelineEntry>> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes <paramref name="studentId"/> out of every entry naming them, as <see cref="TimelineErasure.Erase"/> says:
    /// subject and detail values become <see cref="TimelineErasure.Erased"/>, id segments become
    /// <paramref name="erasedKey"/> (a keyed pseudonym unique to the student). Entries keep their time, kind and order.
    /// Idempotent: a second call finds nothing. Returns how many entries this call changed.
    /// </summary>
    Task<int> EraseStudentAsync(string studentId, string erasedKey, CancellationToken cancellationToken);
}
