using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Outbox;
using MentorFlows.Local.Reporting;
using MentorFlows.Local.Tests.Outbox;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Local.Tests.Reporting;

/// <summary>A small report input: two Schools, one match, one waiting mentee, a concern, an erasure, two emails.</summary>
internal static class TestReports
{
    public static readonly DateTime NightUtc = new(2025, 10, 14, 20, 30, 0, DateTimeKind.Utc);

    public static Participant Person(string id, ParticipantRole role, string first, string last, string school = "School of Law") => new()
    {
        StudentId = id,
        FirstName = first,
        LastName = last,
        Email = $"{id}@example.ac.uk",
        Role = role,
        School = school,
        Course = "LLB Law",
        TrainingCompleted = true,
        ContractSigned = true,
        RightToWorkChecked = true,
    };

    public static ReportInput Input(Participant? mentee = null, string school = "School of Law")
    {
        mentee ??= Person("25000001", ParticipantRole.Mentee, "Aoife", "Ní Bhriain", school);
        var mentor = Person("22000001", ParticipantRole.Mentor, "Siobhán", "O'Sullivan", school);
        var waiting = Person("25000009", ParticipantRole.Mentee, "Kwame", "Mensah", "School of Health Sciences");
        var match = new MatchRecord("m-1", mentee.StudentId, mentor.StudentId, school, 3, ["same course", $"same School of Study ({school})"], TestEmails.Morning, "upload-1", MatchStatus.Ended, MatchEndReason.SchemeClosed, new DateTime(2026, 4, 30, 9, 0, 0, DateTimeKind.Utc));
        var intro = TestEmails.Intro(mentee.StudentId, mentee.FullName, $"Your peer mentor, {mentor.FirstName}");
        return new ReportInput
        {
            Scheme = SchemeDefaults.Settings,
            FromUtc = new DateTime(2025, 9, 23, 23, 0, 0, DateTimeKind.Utc),
            ToUtc = new DateTime(2026, 5, 31, 23, 0, 0, DateTimeKind.Utc),
            Participants = [mentee, mentor, waiting],
            Matches = [match],
            Unmatched = [new WaitingMentee(waiting.StudentId, waiting.School, UnmatchedReason.NoClearedMentor, "no cleared mentor in School of Health Sciences yet", TestEmails.Morning)],
            ErasureReceipts = [new ErasureReceipt("r-1", new DateTime(2026, 5, 30, 9, 0, 0, DateTimeKind.Utc), ErasureReason.SchemeEnded, ParticipantRole.Mentee, school, new ErasedRecordCounts(1, 1, 6, 0, 12, 2))],
            Timeline =
            [
                new TimelineEntry("t1", TestEmails.Morning, TimelineEventKind.MatchCreated, "m-1", new Dictionary<string, string> { ["menteeId"] = mentee.StudentId }),
                new TimelineEntry("t2", TestEmails.Morning.AddMinutes(1), TimelineEventKind.EmailSent, intro.Id),
                new TimelineEntry("t3", NightUtc, TimelineEventKind.ConcernRaised, "C-0001", new Dictionary<string, string> { ["category"] = "safeguarding", ["riskOfHarm"] = "yes" }),
                new TimelineEntry("t4", NightUtc, TimelineEventKind.ConcernAlerted, "C-0001"),
                new TimelineEntry("t5", NightUtc.AddDays(1), TimelineEventKind.ConcernDecided, "C-0001", new Dictionary<string, string> { ["outcome"] = "adviceGiven" }),
                new TimelineEntry("t6", new DateTime(2025, 11, 3, 12, 0, 0, DateTimeKind.Utc), TimelineEventKind.CheckInRecorded, mentee.StudentId, new Dictionary<string, string> { ["met"] = "true", ["hours"] = "2" }),
                new TimelineEntry("t7", new DateTime(2026, 5, 30, 9, 0, 0, DateTimeKind.Utc), TimelineEventKind.ParticipantErased, "r-1"),
            ],
            Emails = [OutboxEntry.Of(intro, TestEmails.Morning.AddMinutes(1)), OutboxEntry.Of(TestEmails.Alert(), NightUtc)],
            Summary = new SimulationSummary(3, 2, 1, 1, 1, new Dictionary<string, int> { ["intro"] = 1, ["concern-alert"] = 1 }, 0, new Dictionary<string, int> { ["adviceGiven"] = 1 }, 1, 0),
        };
    }
}
