namespace MentorFlows.Workflows.Timeline;

/// <summary>
/// One thing that happened in the scheme, for <c>timeline.jsonl</c> and the coordinator's report. Ids only: a
/// subject is a student id, match id, concern reference, email id or upload id — never a name, email address, date of
/// birth or free text. <see cref="Id"/> is deterministic (from the recording activity's inputs) so a retried activity
/// records once.
/// </summary>
public sealed record TimelineEntry(
    string Id,
    DateTime AtUtc,
    TimelineEventKind Kind,
    string Subject,
    IReadOnlyDictionary<string, string>? Details = null);
