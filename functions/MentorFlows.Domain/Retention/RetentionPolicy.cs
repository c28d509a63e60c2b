using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Scheme;
using NodaTime;

namespace MentorFlows.Domain.Retention;

/// <summary>
/// When a participant's personal data is erased (DOMAIN.md "GDPR deletion timer", "Opt-out", "Concerns"):
/// <list type="bullet">
/// <item>everyone: <see cref="SchemeSettings.RetentionDaysAfterEnd"/> days after closure
/// (<see cref="SchemeCalendar.ErasureAfterClosureAt"/>);</item>
/// <item>someone who left early (opted out, resigned, removed): <see cref="SchemeSettings.RetentionDaysAfterOptOut"/>
/// days after leaving, or the closure deadline if that comes first: data is never kept past either period;</item>
/// <item>while any concern involving them (as reporter or subject) is open, nothing is erased, however late; once
/// the last is decided, data already due is erased at once.</item>
/// </list>
/// </summary>
public sealed class RetentionPolicy
{
    private readonly SchemeCalendar _calendar;

    public RetentionPolicy(SchemeCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
    }

    /// <param name="leftAt">When the participant left the scheme early; null if still in it.</param>
    public Instant ErasureDueAt(Instant? leftAt) =>
        leftAt is { } left
            ? Instant.Min(_calendar.ErasureAfterLeavingAt(left), _calendar.ErasureAfterClosureAt)
            : _calendar.ErasureAfterClosureAt;

    /// <param name="now">The time of the decision.</param>
    /// <param name="leftAt">When the participant left the scheme early; null if still in it.</param>
    /// <param name="openConcerns">Open concerns the participant is involved in, as reporter or subject.</param>
    public RetentionDecision Decide(Instant now, Instant? leftAt, IReadOnlyCollection<ConcernReference> openConcerns)
    {
        ArgumentNullException.ThrowIfNull(openConcerns);
        var due = ErasureDueAt(leftAt);
        if (now < due)
        {
            return new RetentionDecision(RetentionStatus.Keep, due, []);
        }

        return openConcerns.Count > 0
            ? new RetentionDecision(RetentionStatus.HeldByOpenConcern, due, [.. openConcerns.Distinct().OrderBy(reference => reference.Value, StringComparer.Ordinal)])
            : new RetentionDecision(RetentionStatus.EraseNow, due, []);
    }
}
