namespace MentorFlows.Runtime.Clock;

/// <summary>
/// Times as every store keeps them: UTC, to the microsecond (PostgreSQL's precision), so a time read back from the
/// store equals the one the engine wrote and a replay sees the same <c>CurrentUtcDateTime</c> on every store.
/// </summary>
internal static class StoredTime
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    /// <summary>The latest stored time at or before <paramref name="utc"/>: "now" as the engine records it.</summary>
    public static DateTime Floor(DateTime utc) => new(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), DateTimeKind.Utc);

    /// <summary>The earliest stored time at or after <paramref name="utc"/>: a timer never fires before it is due.</summary>
    public static DateTime Ceiling(DateTime utc)
    {
        var floor = Floor(utc);
        return floor.Ticks == utc.Ticks ? floor : floor.AddTicks(TicksPerMicrosecond);
    }
}
