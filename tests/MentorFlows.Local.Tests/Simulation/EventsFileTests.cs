using MentorFlows.Local.Simulation;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Local.Tests.Simulation;

public sealed class EventsFileTests
{
    [Fact]
    public void Parse_EveryType_ReadsRecordsInTimeOrderWithUtcInstants()
    {
        using var folder = new TemporaryDirectory();
        folder.File("late.csv", "student_id\n");
        var events = Parse("""
            [
              { "at": "2025-11-03T10:00:00Z", "type": "checkInResponse", "studentId": "s25000001", "met": true, "hours": 1.5 },
              { "at": "2025-10-14T21:30:00+01:00", "type": "concern", "label": "night", "reporterStudentId": "25000001",
                "aboutStudentId": "22000001", "category": "safeguarding", "immediateRisk": true, "description": "text" },
              { "at": "2025-10-15T09:00:00Z", "type": "concernDecision", "label": "night", "outcome": "matchPaused" },
              { "at": "2025-10-02T09:00Z", "type": "optOut", "studentId": 25000002 },
              { "at": "2025-10-03T09:00:00Z", "type": "mentorResigned", "studentId": "22000002" },
              { "at": "2025-10-04T09:00:00Z", "type": "mentorCleared", "studentId": "22000003" },
              { "at": "2025-12-01T09:00:00Z", "type": "cohortUpload", "path": "late.csv" },
              { "at": "2026-01-05T12:00:00Z", "type": "surveyResponse", "studentId": "25000001", "point": "mid-point", "rating": 4, "recommend": true },
            ]
            """, folder.Path);

        Assert.Equal(
            [typeof(OptOutEvent), typeof(MentorResignedEvent), typeof(MentorClearedEvent), typeof(ConcernEvent), typeof(ConcernDecisionEvent), typeof(CheckInResponseEvent), typeof(CohortUploadEvent), typeof(SurveyResponseEvent)],
            events.Select(e => e.GetType()));
        Assert.All(events, e => Assert.Equal(DateTimeKind.Utc, e.At.Kind));
        var concern = Assert.IsType<ConcernEvent>(events[3]);
        Assert.Equal(new DateTime(2025, 10, 14, 20, 30, 0, DateTimeKind.Utc), concern.At);
        Assert.Equal(("safeguarding", true, "22000001"), (concern.Category, concern.ImmediateRisk, concern.AboutStudentId));
        Assert.Equal(new CheckInResponseEvent(new DateTime(2025, 11, 3, 10, 0, 0, DateTimeKind.Utc), "S25000001", true, 1.5m), events[5]);
        Assert.Equal("25000002", Assert.IsType<OptOutEvent>(events[0]).StudentId);
        Assert.Equal(Path.Combine(folder.Path, "late.csv"), Assert.IsType<CohortUploadEvent>(events[6]).Path);
        Assert.Equal(new SurveyResponseEvent(new DateTime(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc), "25000001", "mid-point", 4, true), events[7]);
    }

    [Fact]
    public void Parse_BadCategory_NamesEntryTypeAndFieldWithTheAllowedValues()
    {
        var problems = Problems("""
            [
              { "at": "2025-10-02T09:00:00Z", "type": "optOut", "studentId": "1" },
              { "at": "2025-10-02T09:00:00Z", "type": "optOut", "studentId": "2" },
              { "at": "2025-10-14T20:30:00Z", "type": "concern", "label": "a", "reporterStudentId": "1", "aboutStudentId": "2",
                "category": "safegaurding", "immediateRisk": true, "description": "x" }
            ]
            """);

        Assert.Equal(
            "events.json: entry 3 (\"concern\"): \"category\" \"safegaurding\" must be one of harassment, safeguarding, inappropriate-behaviour, boundaries, relationship, data-protection, other",
            Assert.Single(problems));
    }

    [Theory]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "optout", "studentId": "1" }]""", "events.json: entry 1: \"type\" \"optout\" must be one of optOut, mentorResigned, mentorCleared, concern, concernDecision, checkInResponse, surveyResponse, cohortUpload")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "studentId": "1" }]""", "events.json: entry 1: \"type\" is missing (one of optOut, mentorResigned, mentorCleared, concern, concernDecision, checkInResponse, surveyResponse, cohortUpload)")]
    [InlineData("""[{ "at": "2025-10-02 09:00", "type": "optOut", "studentId": "1" }]""", "events.json: entry 1 (\"optOut\"): \"at\" must be an ISO-8601 instant with Z or an offset, e.g. 2025-10-14T20:30:00Z")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00", "type": "optOut", "studentId": "1" }]""", "events.json: entry 1 (\"optOut\"): \"at\" must be an ISO-8601 instant with Z or an offset, e.g. 2025-10-14T20:30:00Z")]
    [InlineData("""[{ "type": "optOut", "studentId": "1" }]""", "events.json: entry 1 (\"optOut\"): \"at\" is missing")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "optOut", "studentId": "=cmd|x" }]""", "events.json: entry 1 (\"optOut\"): \"studentId\" must be a student id (letters, digits, '-', '_' or '.', at most 32, starting with a letter or digit)")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "checkInResponse", "studentId": "1", "met": "yes" }]""", "events.json: entry 1 (\"checkInResponse\"): \"met\" must be true or false")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "checkInResponse", "studentId": "1", "met": true, "hours": -1 }]""", "events.json: entry 1 (\"checkInResponse\"): \"hours\" must be a number from 0 to 200")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "checkInResponse", "studentId": "1", "met": false, "hours": 2 }]""", "events.json: entry 1 (\"checkInResponse\"): \"hours\" must be 0 or left out when \"met\" is false")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "surveyResponse", "studentId": "1", "point": "midpoint", "rating": 3, "recommend": true }]""", "events.json: entry 1 (\"surveyResponse\"): \"point\" \"midpoint\" must be one of mid-point, end-point, final")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "surveyResponse", "studentId": "1", "point": "final", "rating": 4.5, "recommend": true }]""", "events.json: entry 1 (\"surveyResponse\"): \"rating\" must be a whole number from 1 to 5")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "surveyResponse", "studentId": "1", "point": "final", "rating": 6, "recommend": true }]""", "events.json: entry 1 (\"surveyResponse\"): \"rating\" must be a whole number from 1 to 5")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "surveyResponse", "studentId": "1", "point": "final", "rating": 5 }]""", "events.json: entry 1 (\"surveyResponse\"): \"recommend\" is missing")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "concernDecision", "label": "x", "outcome": "dismissed" }]""", "events.json: entry 1 (\"concernDecision\"): \"outcome\" \"dismissed\" must be one of noAction, adviceGiven, matchPaused, matchDissolved, memberRemoved")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "concernDecision", "label": "nope", "outcome": "noAction" }]""", "events.json: entry 1 (\"concernDecision\"): \"label\" \"nope\" names no concern in this file")]
    [InlineData("""[{ "at": "2025-10-02T09:00:00Z", "type": "cohortUpload", "path": "missing.csv" }]""", "events.json: entry 1 (\"cohortUpload\"): \"path\" file not found: missing.csv (paths are relative to the events file)")]
    [InlineData("""[ 3 ]""", "events.json: entry 1: must be an object { \"at\": ..., \"type\": ..., ... }")]
    [InlineData("""{ "events": [] }""", "events.json: must be a JSON list of events: [ { \"at\": \"2025-10-14T20:30:00Z\", \"type\": \"optOut\", ... } ]")]
    [InlineData("[ { \"at\": \"2025-10-02T09:00:00Z\" \"type\": \"optOut\" } ]", "events.json: not valid JSON at line 1, column 34 (check commas, quotes and brackets)")]
    public void Parse_BadEntry_OneClearProblem(string json, string expected)
    {
        Assert.Equal(expected, Assert.Single(Problems(json)));
    }

    [Fact]
    public void Parse_MistypedFieldName_ReportsMissingAndUnknownField()
    {
        var problems = Problems("""[{ "at": "2025-10-02T09:00:00Z", "type": "optOut", "studentID": "1" }]""");

        Assert.Equal(
            [
                "events.json: entry 1 (\"optOut\"): \"studentId\" is missing",
                "events.json: entry 1 (\"optOut\"): unknown field \"studentID\" (fields are \"at\", \"type\", \"studentId\")",
            ],
            problems);
    }

    [Fact]
    public void Parse_UnknownField_IsAProblemListingTheFields()
    {
        var problem = Assert.Single(Problems("""[{ "at": "2025-10-02T09:00:00Z", "type": "optOut", "studentId": "1", "reason": "x" }]"""));

        Assert.Equal("events.json: entry 1 (\"optOut\"): unknown field \"reason\" (fields are \"at\", \"type\", \"studentId\")", problem);
    }

    [Fact]
    public void Parse_DecisionBeforeItsConcernOrTwice_IsAProblem()
    {
        var problems = Problems("""
            [
              { "at": "2025-10-01T09:00:00Z", "type": "concernDecision", "label": "c1", "outcome": "noAction" },
              { "at": "2025-10-02T09:00:00Z", "type": "concern", "label": "c1", "reporterStudentId": "1", "aboutStudentId": "2",
                "category": "other", "immediateRisk": false, "description": "x" },
              { "at": "2025-10-03T09:00:00Z", "type": "concernDecision", "label": "c1", "outcome": "noAction" },
              { "at": "2025-10-04T09:00:00Z", "type": "concernDecision", "label": "c1", "outcome": "adviceGiven" },
              { "at": "2025-10-05T09:00:00Z", "type": "concern", "label": "c1", "reporterStudentId": "1", "aboutStudentId": "2",
                "category": "other", "immediateRisk": false, "description": "x" }
            ]
            """);

        Assert.Equal(
            [
                "events.json: entry 5 (\"concern\"): \"label\" \"c1\" is already used by entry 2",
                "events.json: entry 1 (\"concernDecision\"): comes before the concern it decides (entry 2)",
                "events.json: entry 4 (\"concernDecision\"): the concern \"c1\" is already decided by entry 3",
            ],
            problems);
    }

    [Fact]
    public void Parse_Problems_NeverQuoteFreeTextOrLongValues()
    {
        var problems = Problems("""
            [
              { "at": "2025-10-02T09:00:00Z", "type": "concern", "label": "a", "reporterStudentId": "Jane Doe",
                "aboutStudentId": "2", "category": "She said <blink> to me", "immediateRisk": "yes", "description": 42 }
            ]
            """);

        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.DoesNotContain("Jane", p, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.DoesNotContain("blink", p, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.StartsWith("events.json: entry 1 (\"concern\"): ", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingFile_IsAnEventsFileProblem()
    {
        using var folder = new TemporaryDirectory();

        var error = Assert.Throws<EventsFileException>(() => EventsFile.Read(new FileInfo(Path.Combine(folder.Path, "none.json"))));

        Assert.EndsWith("none.json not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_RoundTripsEveryType()
    {
        using var folder = new TemporaryDirectory();
        folder.File("late.csv", "student_id\n");
        var at = new DateTime(2025, 10, 14, 20, 30, 0, DateTimeKind.Utc);
        SimulationEvent[] events =
        [
            new OptOutEvent(at, "1"),
            new MentorResignedEvent(at.AddHours(1), "2"),
            new MentorClearedEvent(at.AddHours(2), "3"),
            new ConcernEvent(at.AddHours(3), "c", "1", "2", "boundaries", false, "Ünïcode \"quoted\" text"),
            new ConcernDecisionEvent(at.AddHours(4), "c", "adviceGiven"),
            new CheckInResponseEvent(at.AddHours(5), "1", true, 2.5m),
            new CheckInResponseEvent(at.AddHours(6), "1", false, null),
            new SurveyResponseEvent(at.AddHours(6.5), "2", "end-point", 3, false),
            new CohortUploadEvent(at.AddHours(7), "late.csv"),
        ];
        var path = Path.Combine(folder.Path, "events.json");
        using (var file = File.Create(path))
        {
            EventsFileWriter.Write(file, events);
        }

        var back = EventsFile.Read(new FileInfo(path));

        Assert.Equal(events[..^1], back.Take(8));
        Assert.Equal(new CohortUploadEvent(at.AddHours(7), Path.Combine(folder.Path, "late.csv")), back[8]);
    }

    private static IReadOnlyList<SimulationEvent> Parse(string json, string? folder = null) =>
        EventsFile.Parse(json, "events.json", folder ?? Path.GetTempPath());

    private static IReadOnlyList<string> Problems(string json) =>
        Assert.Throws<EventsFileException>(() => Parse(json)).Problems;
}
