using MentorFlows.Local.Outbox;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Timeline;
using NodaTime;

namespace MentorFlows.Local.Reporting;

/// <summary>
/// Check-in activity in one calendar month (scheme zone), by when things happened: check-in emails sent, answers
/// recorded for pairs (timeline), how many answers said the pair met and the hours they gave (the run's accepted
/// check-in answers: the timeline holds no answers, they are personal data), nudges to mentors and engagement flags
/// to the coordinator. A round asks about the month before it, so November's answers are mostly about October.
/// </summary>
internal sealed record EngagementMonth(
    YearMonth Month,
    int CheckInEmails,
    int Answers,
    int AnswersGiven,
    int AnswersMet,
    decimal Hours,
    int Nudges,
    int Flags)
{
    public static IReadOnlyList<EngagementMonth> For(ReportInput input, ReportClock clock)
    {
        var months = new SortedDictionary<YearMonth, EngagementMonth>();
        EngagementMonth At(DateTime utc)
        {
            var month = clock.MonthOf(utc);
            return months.TryGetValue(month, out var row) ? row : months[month] = new EngagementMonth(month, 0, 0, 0, 0, 0, 0, 0);
        }

        var checkInKinds = new[] { EmailKind.CheckInMentor.WireName(), EmailKind.CheckInMentee.WireName() };
        foreach (var email in input.Emails)
        {
            if (checkInKinds.Contains(email.Kind, StringComparer.Ordinal))
            {
                var row = At(email.SentAtUtc);
                months[row.Month] = row with { CheckInEmails = row.CheckInEmails + 1 };
            }
            else if (email.Kind == EmailKind.Nudge.WireName())
            {
                var row = At(email.SentAtUtc);
                months[row.Month] = row with { Nudges = row.Nudges + 1 };
            }
        }

        foreach (var entry in input.Timeline)
        {
            if (entry.Kind == TimelineEventKind.CheckInRecorded)
            {
                var row = At(entry.AtUtc);
                months[row.Month] = row with { Answers = row.Answers + 1 };
            }
            else if (entry.Kind == TimelineEventKind.EngagementFlagged && !string.Equals(Detail(entry, "signal"), "NudgeMentor", StringComparison.OrdinalIgnoreCase))
            {
                var row = At(entry.AtUtc);
                months[row.Month] = row with { Flags = row.Flags + 1 };
            }
        }

        foreach (var answer in input.CheckInAnswers)
        {
            var row = At(answer.At);
            months[row.Month] = row with
            {
                AnswersGiven = row.AnswersGiven + 1,
                AnswersMet = row.AnswersMet + (answer.Met ? 1 : 0),
                Hours = row.Hours + (answer.Hours ?? 0m),
            };
        }

        return [.. months.Values];
    }

    private static string? Detail(TimelineEntry entry, string key) =>
        entry.Details?.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
