using MentorFlows.Domain.Retention;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Year;
using NodaTime;

namespace MentorFlows.Workflows.Retention;

/// <summary>
/// Gathers the facts Domain's <see cref="RetentionPolicy"/> decides on for one participant (when they left, from
/// their record; the open concerns they are in, as reporter or subject) and asks it. Nothing here decides: whether
/// erasure is due, and whether an open concern holds it, is <see cref="RetentionPolicy.Decide"/>'s alone. Every
/// erasure path (<see cref="ParticipantEraser"/>, the final sweep, a concern's release) asks through this.
/// </summary>
public sealed class RetentionCheck
{
    private readonly SchemeYear _year;
    private readonly IConcernStore _concerns;

    public RetentionCheck(SchemeYear year, IConcernStore concerns)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(concerns);
        _year = year;
        _concerns = concerns;
    }

    /// <param name="participant">The participant's record as stored now.</param>
    /// <param name="atUtc">The time of the decision (UTC).</param>
    public async Task<RetentionDecision> DecideAsync(ParticipantRecord participant, DateTime atUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var open = await _concerns.ListOpenForStudentAsync(participant.StudentId, cancellationToken).ConfigureAwait(false);
        var leftAt = participant.LeftAtUtc is { } left ? UtcInstants.ToInstant(left) : (Instant?)null;
        return _year.Retention.Decide(UtcInstants.ToInstant(atUtc), leftAt, [.. open.Select(concern => concern.Reference)]);
    }
}
