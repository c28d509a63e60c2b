using System.Globalization;
using System.Text;
using CsvHelper;
using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Csv;
using NodaTime;

namespace MentorFlows.Local.Cohorts;

/// <summary>
/// Makes a realistic cohort file (DESIGN.md columns) for benchmarks and the demo, deterministically from a seed:
/// the same options give the same bytes. The file is valid for a scheme that starts on
/// <see cref="SyntheticCohortOptions.SchemeStart"/> and allows <see cref="SyntheticCohortOptions.EmailDomain"/>.
/// <para>
/// What is in it: mentors spread evenly over the Schools, the first of each School cleared, cleared for under-18s
/// and consenting to mentor adults at risk; the requested share of other mentors not cleared; the requested number
/// of mentees aged 17 at the scheme start; about 2% of mentees at risk (or the requested number); about 1% of mentees
/// with a conflict of interest with a mentor of their School; rows in shuffled order. With
/// <see cref="SyntheticCohortOptions.ShortSchoolMentorCount"/> the last School is short of mentors.
/// </para>
/// </summary>
public static class SyntheticCohortGenerator
{
    private const int FirstMentorId = 22_000_000;
    private const int FirstMenteeId = 25_000_000;

    public static string Generate(SyntheticCohortOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(options, writer);
        return writer.ToString();
    }

    /// <summary>Writes the file to <paramref name="output"/> row by row (a 100,000-row file is never held whole).</summary>
    public static void Write(SyntheticCohortOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        Check(options);

        var random = new Random(options.Seed);
        var schools = Schools(options.SchoolCount);
        var mentors = MentorPlan(options, random);
        var under18 = ChooseUnder18Mentees(options, random);
        var atRisk = options.AtRiskCount is { } atRiskCount ? Shuffled(options.MenteeCount, random).Take(atRiskCount).ToHashSet() : null;
        var order = Shuffled(options.MentorCount + options.MenteeCount, random);
        var mentorsBySchool = Enumerable.Range(0, options.MentorCount).ToLookup(mentor => SchoolOf(mentor, options));

        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader([.. CohortColumns.All.Select(CohortColumns.NameOf)]);
        var fields = new string[CohortColumns.All.Count];
        foreach (var row in order)
        {
            Array.Fill(fields, string.Empty);
            if (row < options.MentorCount)
            {
                FillMentor(fields, row, mentors[row], schools[SchoolOf(row, options)], options, random);
            }
            else
            {
                var mentee = row - options.MentorCount;
                FillMentee(fields, mentee, under18.Contains(mentee), atRisk?.Contains(mentee), schools, mentorsBySchool, options, random);
            }

            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = SpreadsheetSafe.Escape(fields[i]);
            }

            csv.WriteRecord(fields);
        }

        csv.Flush();
    }

    private static void FillMentor(string[] fields, int mentor, MentorPlanEntry plan, (string School, string[] Courses) school, SyntheticCohortOptions options, Random random)
    {
        FillPerson(fields, FirstMentorId + mentor, "mentor", school, options, random);
        Set(fields, CohortColumn.DateOfBirth, Date(options.SchemeStart.PlusYears(-random.Next(19, 25)).PlusDays(-random.Next(0, 365))));
        Set(fields, CohortColumn.MentorCapacity, random.Next(2) == 0 ? string.Empty : random.Next(3, 7).ToString(CultureInfo.InvariantCulture));
        var missing = plan.Cleared ? -1 : random.Next(3);
        Set(fields, CohortColumn.TrainingCompleted, missing == 0 ? "no" : "yes");
        Set(fields, CohortColumn.ContractSigned, missing == 1 ? "no" : "yes");
        Set(fields, CohortColumn.RightToWorkChecked, missing == 2 ? "no" : "yes");
        Set(fields, CohortColumn.CanMentorUnder18, plan.Cleared && (plan.FirstOfSchool || random.NextDouble() < 0.25) ? "yes" : "no");
        Set(fields, CohortColumn.AtRiskConsent, plan.Cleared && (plan.FirstOfSchool || random.NextDouble() < 0.2) ? "yes" : "no");
    }

    private static void FillMentee(string[] fields, int mentee, bool under18, bool? atRisk, (string School, string[] Courses)[] schools, ILookup<int, int> mentorsBySchool, SyntheticCohortOptions options, Random random)
    {
        var schoolIndex = random.Next(schools.Length);
        FillPerson(fields, FirstMenteeId + mentee, "mentee", schools[schoolIndex], options, random);
        var start = options.SchemeStart;
        var born = under18
            ? start.PlusYears(-18).PlusDays(random.Next(1, 365))
            : random.NextDouble() < 0.05
                ? start.PlusYears(-random.Next(21, 41)).PlusDays(-random.Next(0, 365))
                : start.PlusYears(-18).PlusDays(-random.Next(0, 700));
        Set(fields, CohortColumn.DateOfBirth, Date(born));
        var gender = fields[(int)CohortColumn.Gender];
        Set(fields, CohortColumn.GenderPreference, random.Next(10) switch
        {
            < 4 => string.Empty,
            < 7 => "no preference",
            _ => gender == "non-binary" ? "no preference" : gender,
        });
        Set(fields, CohortColumn.AtRisk, (atRisk ?? random.NextDouble() < 0.02) ? "yes" : "no");
        if (options.MentorCount >= schools.Length && random.NextDouble() < 0.01)
        {
            // A mentor of the same School.
            var mentorsInSchool = mentorsBySchool[schoolIndex].ToList();
            var mentor = mentorsInSchool[random.Next(mentorsInSchool.Count)];
            Set(fields, CohortColumn.Conflicts, (FirstMentorId + mentor).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void FillPerson(string[] fields, int studentId, string role, (string School, string[] Courses) school, SyntheticCohortOptions options, Random random)
    {
        var (firstName, gender) = SyntheticNames.FirstNames[random.Next(SyntheticNames.FirstNames.Count)];
        var lastName = SyntheticNames.LastNames[random.Next(SyntheticNames.LastNames.Count)];
        var id = studentId.ToString(CultureInfo.InvariantCulture);
        Set(fields, CohortColumn.StudentId, id);
        Set(fields, CohortColumn.FirstName, firstName);
        Set(fields, CohortColumn.LastName, lastName);
        Set(fields, CohortColumn.Email, $"{AsciiLetters(firstName)[..1]}.{AsciiLetters(lastName)}{id}@{options.EmailDomain}");
        Set(fields, CohortColumn.Role, role);
        Set(fields, CohortColumn.School, school.School);
        Set(fields, CohortColumn.Course, school.Courses[random.Next(school.Courses.Length)]);
        Set(fields, CohortColumn.Gender, gender);
    }

    private static MentorPlanEntry[] MentorPlan(SyntheticCohortOptions options, Random random)
    {
        var plan = new MentorPlanEntry[options.MentorCount];
        var others = new List<int>();
        for (var mentor = 0; mentor < plan.Length; mentor++)
        {
            var first = mentor < options.SchoolCount;
            plan[mentor] = new MentorPlanEntry(first, Cleared: true);
            if (!first)
            {
                others.Add(mentor);
            }
        }

        var uncleared = Math.Min(others.Count, (int)Math.Round(options.UnclearedFraction * options.MentorCount, MidpointRounding.AwayFromZero));
        foreach (var mentor in others.OrderBy(_ => random.Next()).Take(uncleared))
        {
            plan[mentor] = plan[mentor] with { Cleared = false };
        }

        return plan;
    }

    /// <summary>
    /// Mentor <paramref name="mentor"/>'s School: the first <see cref="SyntheticCohortOptions.SchoolCount"/> mentors
    /// are one per School; the rest are dealt round-robin, except that with a short School it gets only its share.
    /// </summary>
    private static int SchoolOf(int mentor, SyntheticCohortOptions options)
    {
        var schools = options.SchoolCount;
        if (mentor < schools || options.ShortSchoolMentorCount is not { } shortCount || schools == 1)
        {
            return mentor % schools;
        }

        var extra = mentor - schools;
        return extra < shortCount - 1 ? schools - 1 : (extra - (shortCount - 1)) % (schools - 1);
    }

    private static HashSet<int> ChooseUnder18Mentees(SyntheticCohortOptions options, Random random) =>
        [.. Shuffled(options.MenteeCount, random).Take(options.Under18Count)];

    private static int[] Shuffled(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    private static (string School, string[] Courses)[] Schools(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i < SyntheticNames.Schools.Count
            ? SyntheticNames.Schools[i]
            : ($"School of Studies {i + 1}", new[] { $"BA Studies {i + 1}" }))];

    private static void Set(string[] fields, CohortColumn column, string value) => fields[(int)column] = value;

    private static string Date(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>Letters of a name without accents, apostrophes or spaces, lower case: "Ó Dónaill" is "odonaill".</summary>
    private static string AsciiLetters(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
            else if (c is 'ß')
            {
                letters.Append("ss");
            }
            else if (c is 'ø' or 'Ø')
            {
                letters.Append('o');
            }
        }

        return letters.Length == 0 ? "student" : letters.ToString();
    }

    private static void Check(SyntheticCohortOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.MenteeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MentorCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MenteeCount, FirstMenteeId - FirstMentorId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MentorCount, FirstMenteeId - FirstMentorId);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SchoolCount, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Under18Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Under18Count, options.MenteeCount);
        if (options.ShortSchoolMentorCount is { } shortCount)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(shortCount, 1, nameof(options.ShortSchoolMentorCount));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(options.SchoolCount, options.MentorCount, nameof(options.SchoolCount));
        }

        if (options.AtRiskCount is { } atRiskCount)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(atRiskCount, nameof(options.AtRiskCount));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(atRiskCount, options.MenteeCount, nameof(options.AtRiskCount));
        }
        if (options.UnclearedFraction is < 0 or > 1 || double.IsNaN(options.UnclearedFraction))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "UnclearedFraction must be between 0 and 1.");
        }
    }

    private sealed record MentorPlanEntry(bool FirstOfSchool, bool Cleared);
}
