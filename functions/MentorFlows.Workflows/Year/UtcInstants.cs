using NodaTime;

namespace MentorFlows.Workflows.Year;

/// <summary>
/// Between the orchestration port's UTC <see cref="DateTime"/>s and the Domain's <see cref="Instant"/>s. Payloads
/// read back from JSON may carry <see cref="DateTimeKind.Unspecified"/>; every time in a workflow is UTC, so such a
/// value is taken as UTC, never as local time.
/// </summary>
public static class UtcInstants
{
    public static Instant ToInstant(DateTime utc) => Instant.FromDateTimeUtc(AsUtc(utc));

    public static DateTime ToDateTime(Instant instant) => instant.ToDateTimeUtc();

    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };
}
