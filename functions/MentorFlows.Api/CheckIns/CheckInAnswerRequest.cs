using MentorFlows.Api.Http;

namespace MentorFlows.Api.CheckIns;

/// <summary>
/// A monthly check-in answer (DOMAIN.md "Monthly check-ins"): did the pair meet, roughly how many hours (optional,
/// 0–200), and whether they were in contact every day. The pair and round come from the link.
/// </summary>
public sealed record CheckInAnswerRequest(bool Met, decimal? Hours, bool DailyContact)
{
    public const decimal MaximumHours = 200m;

    public static CheckInAnswerRequest? Read(FieldReader fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var met = fields.Boolean("met", required: true);
        var hours = fields.Number("hours", 0m, MaximumHours);
        var daily = fields.Boolean("dailyContact", required: false) ?? false;
        if (met == false && hours > 0)
        {
            fields.Fail("hours", "must be empty or 0 when you did not meet");
        }

        return fields.HasErrors ? null : new CheckInAnswerRequest(met!.Value, hours, daily);
    }
}
