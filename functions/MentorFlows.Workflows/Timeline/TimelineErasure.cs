namespace MentorFlows.Workflows.Timeline;

/// <summary>
/// How one student's id is taken out of a <see cref="TimelineEntry"/> (DOMAIN.md "GDPR deletion timer"), the same for
/// every <see cref="ITimeline"/> store. A student id appears as an entry's whole <see cref="TimelineEntry.Subject"/>,
/// as a whole detail value (<c>menteeId</c>, <c>mentorId</c>) or as one element of a space-separated detail list
/// (<c>students</c> of an email), and as one colon-separated segment of the entry id (ids are
/// <c>kind:subject:discriminator</c>, and a discriminator may itself hold a partner's id after a colon). Subject and
/// detail values become <see cref="Erased"/>; id segments become the caller's erased key, a keyed pseudonym unique to
/// the student, so two erased students' entries of one kind and discriminator keep distinct ids. Matching is by whole
/// value, element or segment, never by substring, so erasing <c>S12</c> leaves <c>S123</c> alone.
/// </summary>
public static class TimelineErasure
{
    /// <summary>What an erased student id reads as in a subject or detail value.</summary>
    public const string Erased = "erased";

    /// <summary>True when <paramref name="entry"/> still names <paramref name="studentId"/> anywhere.</summary>
    public static bool Names(TimelineEntry entry, string studentId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(studentId);
        return entry.Subject == studentId
            || entry.Id.Split(':').Contains(studentId, StringComparer.Ordinal)
            || (entry.Details?.Values.Any(value => value.Split(' ').Contains(studentId, StringComparer.Ordinal)) ?? false);
    }

    /// <summary>The entry without <paramref name="studentId"/>, or null when it does not name them (nothing to change).</summary>
    public static TimelineEntry? Erase(TimelineEntry entry, string studentId, string erasedKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(erasedKey);
        if (!Names(entry, studentId))
        {
            return null;
        }

        return entry with
        {
            Id = string.Join(':', entry.Id.Split(':').Select(segment => segment == studentId ? erasedKey : segment)),
            Subject = entry.Subject == studentId ? Erased : entry.Subject,
            Details = entry.Details?.ToDictionary(
                pair => pair.Key,
                pair => string.Join(' ', pair.Value.Split(' ').Select(element => element == studentId ? Erased : element)),
                StringComparer.Ordinal),
        };
    }
}
