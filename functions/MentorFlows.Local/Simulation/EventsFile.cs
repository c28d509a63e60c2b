using System.Globalization;
using System.Text;
using System.Text.Json;
using MentorFlows.Domain.Concerns;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Local.Simulation;

/// <summary>
/// Reads EVENTS.json (DESIGN.md): a JSON list of <c>{ "at": ISO-8601 instant, "type": ..., ... }</c>, into
/// <see cref="SimulationEvent"/> records, or fails with every problem found (<see cref="EventsFileException"/>).
/// Field and type names are exact, as documented; an unknown field is a problem (a typo would otherwise be silently
/// ignored). Comments and trailing commas are tolerated. A <c>concernDecision</c> names a concern of the same file
/// by its <c>label</c> and must not come before it. A <c>cohortUpload</c> path is relative to the events file and is
/// returned as a full path.
/// </summary>
public static class EventsFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The <c>type</c> of each entry, as in <see cref="SimulationEvent"/>'s JSON discriminators.</summary>
    public static IReadOnlyList<string> Types { get; } =
        ["optOut", "mentorResigned", "mentorCleared", "concern", "concernDecision", "checkInResponse", "surveyResponse", "cohortUpload"];

    /// <summary>The events of <paramref name="file"/>, in time order (entries at the same instant keep file order).</summary>
    /// <exception cref="EventsFileException">The file is missing, unreadable, not JSON, or has bad entries.</exception>
    public static IReadOnlyList<SimulationEvent> Read(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string text;
        try
        {
            text = File.ReadAllText(file.FullName, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new EventsFileException($"events file {file} not found", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EventsFileException($"cannot read events file {file}: {ex.GetType().Name}", ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new EventsFileException($"events file {file} is not UTF-8 text", ex);
        }

        return Parse(text, file.Name, file.DirectoryName ?? Directory.GetCurrentDirectory());
    }

    /// <param name="json">The file's text.</param>
    /// <param name="fileName">How problems name the file, e.g. <c>events.json</c>.</param>
    /// <param name="baseDirectory">The folder <c>cohortUpload</c> paths are relative to.</param>
    public static IReadOnlyList<SimulationEvent> Parse(string json, string fileName, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}")
                : string.Empty;
            throw new EventsFileException($"{fileName}: not valid JSON{where} (check commas, quotes and brackets)", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new EventsFileException($"{fileName}: must be a JSON list of events: [ {{ \"at\": \"2025-10-14T20:30:00Z\", \"type\": \"optOut\", ... }} ]");
            }

            var context = new EventsFileContext(fileName, baseDirectory);
            var number = 0;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                number++;
                if (ReadEntry(entry, number, context) is { } read)
                {
                    context.Events.Add((number, read));
                }
            }

            context.CheckDecisions();
            if (context.Problems.Count > 0)
            {
                throw new EventsFileException(context.Problems);
            }

            return [.. context.Events.OrderBy(e => e.Event.At).ThenBy(e => e.Number).Select(e => e.Event)];
        }
    }

    private static SimulationEvent? ReadEntry(JsonElement entry, int number, EventsFileContext context)
    {
        var prefix = $"{context.FileName}: entry {number.ToString(CultureInfo.InvariantCulture)}";
        if (entry.ValueKind != JsonValueKind.Object)
        {
            context.Problems.Add($"{prefix}: must be an object {{ \"at\": ..., \"type\": ..., ... }}");
            return null;
        }

        if (!entry.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            context.Problems.Add($"{prefix}: \"type\" is missing (one of {string.Join(", ", Types)})");
            return null;
        }

        var type = typeElement.GetString()!;
        if (!Types.Contains(type, StringComparer.Ordinal))
        {
            context.Problems.Add($"{prefix}: \"type\" {EventEntryReader.Echo(type)}must be one of {string.Join(", ", Types)}");
            return null;
        }

        var reader = new EventEntryReader(entry, $"{prefix} (\"{type}\")", context.Problems);
        var before = reader.ProblemCount;
        var at = reader.At();
        SimulationEvent? read = type switch
        {
            "optOut" => reader.StudentId("studentId") is { } id ? new OptOutEvent(at, id) : null,
            "mentorResigned" => reader.StudentId("studentId") is { } id ? new MentorResignedEvent(at, id) : null,
            "mentorCleared" => reader.StudentId("studentId") is { } id ? new MentorClearedEvent(at, id) : null,
            "concern" => ReadConcern(reader, at, number, context),
            "concernDecision" => ReadDecision(reader, at, number, context),
            "checkInResponse" => ReadCheckIn(reader, at),
            "surveyResponse" => ReadSurvey(reader, at),
            "cohortUpload" => ReadUpload(reader, at, context),
            _ => throw new InvalidOperationException("Every type of Types is read above."),
        };
        reader.RejectUnknownFields();
        return reader.ProblemCount == before ? read : null;
    }

    private static ConcernEvent? ReadConcern(EventEntryReader reader, DateTime at, int number, EventsFileContext context)
    {
        var label = reader.String("label");
        var reporter = reader.StudentId("reporterStudentId");
        var about = reader.StudentId("aboutStudentId");
        var category = reader.WireNameOf<ConcernCategory>("category");
        var immediateRisk = reader.Boolean("immediateRisk");
        var description = reader.String("description");
        if (label is not null)
        {
            if (context.Concerns.TryGetValue(label, out var earlier))
            {
                reader.Problem($"\"label\" {EventEntryReader.Echo(label)}is already used by entry {earlier.Number.ToString(CultureInfo.InvariantCulture)}");
                return null;
            }

            context.Concerns[label] = (number, at);
        }

        return label is null || reporter is null || about is null || category is null || immediateRisk is null || description is null
            ? null
            : new ConcernEvent(at, label, reporter, about, category, immediateRisk.Value, description);
    }

    private static ConcernDecisionEvent? ReadDecision(EventEntryReader reader, DateTime at, int number, EventsFileContext context)
    {
        var label = reader.String("label");
        var outcome = reader.WireNameOf<ConcernOutcome>("outcome");
        if (label is null || outcome is null)
        {
            return null;
        }

        var decision = new ConcernDecisionEvent(at, label, outcome);
        context.Decisions.Add((number, reader, decision));
        return decision;
    }

    private static CheckInResponseEvent? ReadCheckIn(EventEntryReader reader, DateTime at)
    {
        var student = reader.StudentId("studentId");
        var met = reader.Boolean("met");

        // A month has at most 744 hours; anything near it is a typing error the engagement rules would misread.
        var hours = reader.OptionalNumber("hours", 200m, out var hoursValid);
        if (met == false && hours > 0)
        {
            reader.Problem("\"hours\" must be 0 or left out when \"met\" is false");
            return null;
        }

        return student is null || met is null || !hoursValid ? null : new CheckInResponseEvent(at, student, met.Value, hours);
    }

    private static SurveyResponseEvent? ReadSurvey(EventEntryReader reader, DateTime at)
    {
        var student = reader.StudentId("studentId");
        var point = reader.WireNameOf<SurveyPoint>("point");
        var rating = reader.Integer("rating", SurveyAnswer.MinimumRating, SurveyAnswer.MaximumRating);
        var recommend = reader.Boolean("recommend");
        return student is null || point is null || rating is null || recommend is null ? null : new SurveyResponseEvent(at, student, point, rating.Value, recommend.Value);
    }

    private static CohortUploadEvent? ReadUpload(EventEntryReader reader, DateTime at, EventsFileContext context)
    {
        var path = reader.String("path");
        if (path is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(context.BaseDirectory, path));
        if (!File.Exists(full))
        {
            reader.Problem($"\"path\" file not found: {path} (paths are relative to the events file)");
            return null;
        }

        return new CohortUploadEvent(at, full);
    }
}
