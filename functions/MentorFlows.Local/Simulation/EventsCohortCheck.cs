using MentorFlows.Api.Cohorts;
using System.Globalization;
using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Local.Simulation;

/// <summary>
/// Checks events against the cohort and the run before a year is simulated, so a typo costs a second, not a run:
/// every student id names a student of the cohort or of an uploaded file, a mentor event names a mentor, and every
/// event lies inside the run. Problems name the event by type and instant, and students by id only.
/// </summary>
public static class EventsCohortCheck
{
    public static IReadOnlyList<string> Problems(IEnumerable<SimulationEvent> events, IEnumerable<Participant> participants, RunWindow window, string fileName)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(window);
        var people = new Dictionary<string, Participant>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in participants)
        {
            people.TryAdd(person.StudentId, person);
        }

        var problems = new List<string>();
        foreach (var e in events)
        {
            var what = Describe(e, fileName);
            if (!window.Contains(e.At))
            {
                problems.Add($"{what} lies outside the run ({Instant(window.FromUtc)} to {Instant(window.ToUtc)}); use --from and --to to widen it");
            }

            foreach (var (field, id, mentorOnly) in StudentsOf(e))
            {
                if (!people.TryGetValue(id, out var person))
                {
                    problems.Add($"{what}: \"{field}\" {id} is not in the cohort");
                }
                else if (mentorOnly && person.Role != ParticipantRole.Mentor)
                {
                    problems.Add($"{what}: \"{field}\" {id} is a mentee, not a mentor");
                }
            }
        }

        return problems;
    }

    /// <summary><c>events.json: the optOut at 2025-11-18T14:10:00Z</c>: an event named without its personal content.</summary>
    public static string Describe(SimulationEvent e, string fileName)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"{fileName}: the {TypeOf(e)} at {Instant(e.At)}";
    }

    private static IEnumerable<(string Field, string Id, bool MentorOnly)> StudentsOf(SimulationEvent e) => e switch
    {
        OptOutEvent optOut => [("studentId", optOut.StudentId, false)],
        MentorResignedEvent resigned => [("studentId", resigned.StudentId, true)],
        MentorClearedEvent cleared => [("studentId", cleared.StudentId, true)],
        ConcernEvent concern => [("reporterStudentId", concern.ReporterStudentId, false), ("aboutStudentId", concern.AboutStudentId, false)],
        CheckInResponseEvent checkIn => [("studentId", checkIn.StudentId, false)],
        SurveyResponseEvent survey => [("studentId", survey.StudentId, false)],
        _ => [],
    };

    private static string TypeOf(SimulationEvent e) => e switch
    {
        OptOutEvent => "optOut",
        MentorResignedEvent => "mentorResigned",
        MentorClearedEvent => "mentorCleared",
        ConcernEvent => "concern",
        ConcernDecisionEvent => "concernDecision",
        CheckInResponseEvent => "checkInResponse",
        SurveyResponseEvent => "surveyResponse",
        CohortUploadEvent => "cohortUpload",
        _ => e.GetType().Name,
    };

    private static string Instant(DateTime utc) => utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}
