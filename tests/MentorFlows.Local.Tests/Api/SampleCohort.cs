using System.Text;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Scheme;

namespace MentorFlows.Local.Tests.Api;

/// <summary>
/// samples/cohort.csv (40 students, accents and apostrophes in names), with the ids the API tests use. Under the
/// default scheme it matches 28 of 29 mentees; 20250304 waits (under 18, no mentor cleared for under-18s).
/// </summary>
internal static class SampleCohort
{
    /// <summary>A cleared mentor (School of Law) with mentees 20250101, 20250102, 20250105, 20250107.</summary>
    public const string Mentor = "20220114";

    /// <summary>A mentee matched with <see cref="Mentor"/>.</summary>
    public const string Mentee = "20250101";

    /// <summary>A mentor not yet cleared (contract not signed).</summary>
    public const string UnclearedMentor = "20230388";

    /// <summary>The one mentee left waiting.</summary>
    public const string Waiting = "20250304";

    public static string Csv { get; } = File.ReadAllText(RepositoryFiles.PathOf("samples/cohort.csv"));

    public static IReadOnlyList<Participant> Participants { get; } =
        CohortReader.Read(new StringReader(Csv), SchemeDefaults.Settings).Participants;

    public static Participant Person(string studentId) => Participants.Single(p => p.StudentId == studentId);

    /// <summary>Every name and email of the cohort: what must never appear in a log.</summary>
    public static IReadOnlyList<string> PersonalValues { get; } =
        [.. Participants.SelectMany(p => new[] { p.FirstName, p.LastName, p.Email, p.FullName }).Where(v => v.Length >= 3).Distinct()];

    public static byte[] Bytes => Encoding.UTF8.GetBytes(Csv);
}
