using System.Text;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Local.Reporting;

/// <summary>A coordinator's words for each <see cref="TimelineEventKind"/>; a member added later reads as its split name.</summary>
internal static class TimelineWords
{
    public static string Of(TimelineEventKind kind) => kind switch
    {
        TimelineEventKind.CohortUploaded => "Cohort file uploaded",
        TimelineEventKind.CohortRejected => "Cohort file rejected",
        TimelineEventKind.ParticipantEnrolled => "Student enrolled",
        TimelineEventKind.MatchCreated => "Match made",
        TimelineEventKind.MenteeWaiting => "Mentee waiting for a mentor",
        TimelineEventKind.MentorCleared => "Mentor cleared",
        TimelineEventKind.ClearanceReminderSent => "Coordinator reminded: mentor not cleared",
        TimelineEventKind.EmailSent => "Email sent",
        TimelineEventKind.EmailSkipped => "Email not sent",
        TimelineEventKind.CheckInRoundStarted => "Monthly check-in round",
        TimelineEventKind.CheckInRecorded => "Check-in answer recorded",
        TimelineEventKind.EngagementFlagged => "Engagement flagged",
        TimelineEventKind.ReviewSent => "Review survey sent",
        TimelineEventKind.MatchClosed => "Match closed at year end",
        TimelineEventKind.OptedOut => "Opted out",
        TimelineEventKind.MentorResigned => "Mentor resigned",
        TimelineEventKind.ConcernRaised => "Concern reported",
        TimelineEventKind.ConcernAlerted => "Staff alerted about a concern",
        TimelineEventKind.ConcernReminderSent => "Coordinator reminded: concern undecided",
        TimelineEventKind.ConcernEscalated => "Concern escalated",
        TimelineEventKind.ConcernDecided => "Concern decided",
        TimelineEventKind.MatchPaused => "Match paused",
        TimelineEventKind.MatchDissolved => "Match dissolved",
        TimelineEventKind.MemberRemoved => "Member removed",
        TimelineEventKind.MatchEnded => "Match ended",
        TimelineEventKind.ErasureHeld => "Erasure held: open concern",
        TimelineEventKind.ParticipantErased => "Personal data erased",
        TimelineEventKind.HistoriesPurged => "Workflow histories purged",
        TimelineEventKind.SurveyAnswered => "Survey answered",
        _ => Split(kind.ToString()),
    };

    /// <summary><c>SomethingNew</c> → <c>Something new</c>.</summary>
    public static string Split(string name)
    {
        var words = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }
}
