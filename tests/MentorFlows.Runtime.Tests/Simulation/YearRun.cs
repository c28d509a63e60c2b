using System.Security.Cryptography;
using MentorFlows.Domain.Scheme;
using MentorFlows.Runtime.Simulation;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Privacy;
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

    /// <summary>The run's secret, so a test can compute the pseudonyms the run uses (as <c>SchemeSimulator</c> derives them).</summary>
    private static readonly byte[] Secret = SHA256.HashData("YearRun secret"u8);

    private static readonly StudentPseudonyms Pseudonyms = new(HMACSHA256.HashData(Secret, "pseudonyms"u8));

    public SimulationResult Result { get; }

    public IReadOnlyList<EmailMessage> Emails { get; }

    /// <summary>When each sent email went, by id (from the timeline).</summary>
    public IReadOnlyDictionary<string, DateTime> SentAt { get; }

    public static Task<YearRun> RunAsync(CohortCsv cohort, params SimulationEvent[] events) => RunAsync(cohort, events, uploads: null);

    /// <summary>Runs from a week before the start to the end of retention (or <paramref name="toUtc"/>); <paramref name="uploads"/> are the files cohortUpload events name.</summary>
    public static async Task<YearRun> RunAsync(CohortCsv cohort, IReadOnlyList<SimulationEvent> events, IReadOnlyDictionary<string, CohortCsv>? uploads, DateTime? toUtc = null, SchemeSettings? scheme = null)
    {
        var mailer = new OutboxMailer();
        var result = await SchemeSimulator.RunAsync(new SimulationRequest
        {
            Scheme = scheme ?? Scheme,
            CohortFileName = "cohort.csv",
            CohortContent = cohort.ToBytes(),
            Mailer = mailer,
            Events = events,
            ReadCohortUpload = uploads is null ? null : (path, _) => Task.FromResult(uploads[path].ToBytes()),
            ToUtc = toUtc,
            SecretKey = Secret,
        });
        return new YearRun(result, mailer.Sent);
    }

    /// <summary>Every student email sent to <paramref name="studentId"/> (as the first recipient) at or after <paramref name="fromUtc"/>.</summary>
    public IEnumerable<EmailMessage> ToAfter(string studentId, DateTime fromUtc) => To(studentId).Where(e => SentAt[e.Id] >= fromUtc);

    public IEnumerable<TimelineEntry> Timeline(TimelineEventKind kind) => Result.Timeline.Where(e => e.Kind == kind);

    /// <summary>
    /// True when <paramref name="entry"/> is about <paramref name="studentId"/>: its subject, or, once the student is
    /// erased (subject <c>erased</c>), the erased key standing for them in the entry id.
    /// </summary>
    public static bool IsAbout(TimelineEntry entry, string studentId) =>
        entry.Subject == studentId
        || (entry.Subject == TimelineErasure.Erased && entry.Id.Split(':').Contains(Pseudonyms.ErasedTimelineKey(studentId), StringComparer.Ordinal));

    public IEnumerable<EmailMessage> To(string studentId) => Emails.Where(e => e.Audience == EmailAudience.Students && e.StudentIds.Count > 0 && e.StudentIds[0] == studentId);

    public IEnumerable<EmailMessage> OfKind(EmailKind kind) => Emails.Where(e => e.Kind == kind);

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) =>
        London.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToDateTimeUtc();

    public static LocalDateTime Local(DateTime utc) => Instant.FromDateTimeUtc(utc).InZone(London).LocalDateTime;
}
