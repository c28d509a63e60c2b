using System.Globalization;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Workflows.Year;

/// <summary>
/// Records timeline entries for activities. An entry's id is its kind, subject and a discriminator the caller
/// chooses from the activity's inputs (a round, an upload id, an instant), so a retried activity records once.
/// Callers pass ids only (student ids, match ids, references, email ids), never names, addresses or text. An entry id
/// holds its subject and discriminator as colon-separated segments, which is how erasure finds a student id in it
/// (<see cref="TimelineErasure"/>): keep ids, and lists of ids in details, separated by ':' and ' ' respectively.
/// </summary>
public sealed class SchemeTimeline
{
    private readonly ITimeline _timeline;

    public SchemeTimeline(ITimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        _timeline = timeline;
    }

    public Task RecordAsync(
        TimelineEventKind kind,
        string subject,
        DateTime atUtc,
        CancellationToken cancellationToken,
        string? discriminator = null,
        IReadOnlyDictionary<string, string>? details = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        var at = UtcInstants.AsUtc(atUtc);
        var id = string.Create(CultureInfo.InvariantCulture, $"{kind}:{subject}:{discriminator ?? at.ToString("O", CultureInfo.InvariantCulture)}");
        return _timeline.AppendAsync(new TimelineEntry(id, at, kind, subject, details), cancellationToken);
    }

    /// <summary>Takes the student's id out of every entry (<see cref="ITimeline.EraseStudentAsync"/>); returns how many changed.</summary>
    public Task<int> EraseStudentAsync(string studentId, string erasedKey, CancellationToken cancellationToken) =>
        _timeline.EraseStudentAsync(studentId, erasedKey, cancellationToken);
}
