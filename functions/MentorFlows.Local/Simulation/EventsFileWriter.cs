using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Local.Simulation;

/// <summary>
/// Writes events in the EVENTS.json shape <see cref="EventsFile"/> reads: one object per event, <c>at</c> and
/// <c>type</c> first, instants as <c>2025-10-14T20:30:00Z</c>, readable UTF-8. A <see cref="CohortUploadEvent"/>
/// path is written as given, so give it relative to where the file will be.
/// </summary>
public static class EventsFileWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, IEnumerable<SimulationEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartArray();
        foreach (var e in events)
        {
            json.WriteStartObject();
            json.WriteString("at", e.At.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture));
            switch (e)
            {
                case OptOutEvent optOut:
                    json.WriteString("type", "optOut");
                    json.WriteString("studentId", optOut.StudentId);
                    break;
                case MentorResignedEvent resigned:
                    json.WriteString("type", "mentorResigned");
                    json.WriteString("studentId", resigned.StudentId);
                    break;
                case MentorClearedEvent cleared:
                    json.WriteString("type", "mentorCleared");
                    json.WriteString("studentId", cleared.StudentId);
                    break;
                case ConcernEvent concern:
                    json.WriteString("type", "concern");
                    json.WriteString("label", concern.Label);
                    json.WriteString("reporterStudentId", concern.ReporterStudentId);
                    json.WriteString("aboutStudentId", concern.AboutStudentId);
                    json.WriteString("category", concern.Category);
                    json.WriteBoolean("immediateRisk", concern.ImmediateRisk);
                    json.WriteString("description", concern.Description);
                    break;
                case ConcernDecisionEvent decision:
                    json.WriteString("type", "concernDecision");
                    json.WriteString("label", decision.Label);
                    json.WriteString("outcome", decision.Outcome);
                    break;
                case CheckInResponseEvent checkIn:
                    json.WriteString("type", "checkInResponse");
                    json.WriteString("studentId", checkIn.StudentId);
                    json.WriteBoolean("met", checkIn.Met);
                    if (checkIn.Hours is { } hours)
                    {
                        json.WriteNumber("hours", hours);
                    }

                    break;
                case SurveyResponseEvent survey:
                    json.WriteString("type", "surveyResponse");
                    json.WriteString("studentId", survey.StudentId);
                    json.WriteString("point", survey.Point);
                    json.WriteNumber("rating", survey.Rating);
                    json.WriteBoolean("recommend", survey.Recommend);
                    break;
                case CohortUploadEvent upload:
                    json.WriteString("type", "cohortUpload");
                    json.WriteString("path", upload.Path);
                    break;
                default:
                    throw new ArgumentException($"No EVENTS.json shape for {e.GetType().Name}.", nameof(events));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
