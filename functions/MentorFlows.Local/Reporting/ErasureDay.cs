using MentorFlows.Domain.Cohort;
using MentorFlows.Workflows.Stores;
using NodaTime;

namespace MentorFlows.Local.Reporting;

/// <summary>
/// The erasures of one day (scheme zone) for one reason, from the anonymous receipts: how many mentees and mentors,
/// and how many records of each kind were erased.
/// </summary>
internal sealed record ErasureDay(LocalDate Date, ErasureReason Reason, int Mentees, int Mentors, ErasedRecordCounts Records)
{
    public static IReadOnlyList<ErasureDay> For(IEnumerable<ErasureReceipt> receipts, ReportClock clock) =>
        [.. receipts
            .GroupBy(r => (clock.Local(r.ErasedAtUtc).Date, r.Reason))
            .OrderBy(g => g.Key.Date)
            .ThenBy(g => g.Key.Reason)
            .Select(g => new ErasureDay(
                g.Key.Date,
                g.Key.Reason,
                g.Count(r => r.Role == ParticipantRole.Mentee),
                g.Count(r => r.Role == ParticipantRole.Mentor),
                new ErasedRecordCounts(
                    g.Sum(r => r.Erased.Participant),
                    g.Sum(r => r.Erased.Matches),
                    g.Sum(r => r.Erased.CheckInAnswers),
                    g.Sum(r => r.Erased.Concerns),
                    g.Sum(r => r.Erased.EmailCopies),
                    g.Sum(r => r.Erased.WorkflowHistories),
                    g.Sum(r => r.Erased.SurveyAnswers))))];
}
