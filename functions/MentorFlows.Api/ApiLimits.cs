namespace MentorFlows.Api;

/// <summary>
/// How much the HTTP API accepts (configuration section <c>MentorFlows:Api</c>). Body sizes are in bytes; rate limits
/// are token buckets per client IP address: <c>Burst</c> requests at once, refilled at <c>PermitsPerMinute</c>.
/// Participant routes (links from emails) and coordinator routes have separate buckets.
/// </summary>
public sealed record ApiLimits
{
    public const string SectionName = "MentorFlows:Api";

    /// <summary>Any request body except a cohort upload (forms and JSON are small).</summary>
    public long MaxRequestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>A cohort CSV (<c>PUT /api/cohorts/{name}</c>): a year's cohort of thousands of rows is a few MB.</summary>
    public long MaxCohortFileBytes { get; init; } = 16 * 1024 * 1024;

    public int ParticipantPermitsPerMinute { get; init; } = 120;

    public int ParticipantBurst { get; init; } = 30;

    public int CoordinatorPermitsPerMinute { get; init; } = 600;

    public int CoordinatorBurst { get; init; } = 120;

    /// <summary>The names of the settings that are out of range (empty when all are usable).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(MaxRequestBodyBytes >= 1024, nameof(MaxRequestBodyBytes), "at least 1024");
        Check(MaxCohortFileBytes >= MaxRequestBodyBytes, nameof(MaxCohortFileBytes), "at least MaxRequestBodyBytes");
        Check(ParticipantPermitsPerMinute >= 1, nameof(ParticipantPermitsPerMinute), "at least 1");
        Check(ParticipantBurst >= 1, nameof(ParticipantBurst), "at least 1");
        Check(CoordinatorPermitsPerMinute >= 1, nameof(CoordinatorPermitsPerMinute), "at least 1");
        Check(CoordinatorBurst >= 1, nameof(CoordinatorBurst), "at least 1");
        return problems;

        void Check(bool ok, string name, string rule)
        {
            if (!ok)
            {
                problems.Add($"{SectionName}:{name} must be {rule}");
            }
        }
    }
}
