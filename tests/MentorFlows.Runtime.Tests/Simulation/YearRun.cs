using MentorFlows.Domain.Scheme;
using MentorFlows.Runtime.Simulation;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Timeline;
using NodaTime;

namespace MentorFlows.Runtime.Tests.Simulation;

/// <summary>Runs a simulated year of a small cohort and answers questions about what it sent and recorded.</summary>
internal sealed class YearRun
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private YearRun(SimulationResult result, IReadOnlyList<EmailMessage> emails)
    {
        Result = result;
        Emails = emails;
        SentAt = result.Timeline.Where(e => e.Kind == TimelineEventKind.EmailSent).ToDictionary(e => e.Subject, e => e.AtUtc, StringComparer.Ordinal);
    }

    public static SchemeSettings Scheme { get; } = SchemeDefaults.Settings;

    public SimulationResult Result { get; }

    public IReadOnlyList<EmailMessage> Emails { get; }

    /// <summary>When each sent email went, by id (from the timeline).</summary>
    public IReadOnlyDictionary<string, DateTime> SentAt { get; }

    public static async Task<YearRun> RunAsync(CohortCsv cohort, params SimulationEvent[] events)
    {
        var mailer = new OutboxMailer();
        var result = await SchemeSimulator.RunAsync(new SimulationRequest
        {
            Scheme = Scheme,
            CohortFileName = "cohort.csv",
            CohortContent = cohort.ToBytes(),
            Mailer = mailer,
            Events = events,
        });
        return new YearRun(result, mailer.Sent);
    }

    public IEnumerable<EmailMessage> To(string studentId) => Emails.Where(e => e.StudentIds.Count > 0 && e.StudentIds[0] == studentId && e.Audience == EmailAudience.Students);

    public IEnumerable<EmailMessage> OfKind(EmailKind kind) => Emails.Where(e => e.Kind == kind);

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) =>
        London.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToDateTimeUtc();

    public static LocalDateTime Local(DateTime utc) => Instant.FromDateTimeUtc(utc).InZone(London).LocalDateTime;
}
