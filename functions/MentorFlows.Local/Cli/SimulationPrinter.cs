using System.Globalization;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Reporting;

namespace MentorFlows.Local.Cli;

/// <summary>The few lines <c>simulate</c> prints when the year has run: counts only, never a name.</summary>
internal static class SimulationPrinter
{
    public static void Print(TextWriter output, ReportInput run, RunFolder folder)
    {
        var clock = new ReportClock(SchemeZone.Of(run.Scheme));
        var summary = run.Summary;
        output.WriteLine($"Simulated {run.Scheme.Name} from {clock.Instant(run.FromUtc)} to {clock.Instant(run.ToUtc)}.");
        output.WriteLine(Line($"participants {summary.Participants} ({summary.Mentees} mentees, {summary.Mentors} mentors); matched {summary.Matched}, unmatched {summary.Unmatched}"));
        var kinds = string.Join(", ", summary.EmailsByKind.Where(k => k.Value > 0).Select(k => Invariant($"{k.Key} {k.Value}")));
        output.WriteLine(Line($"emails {summary.EmailsByKind.Values.Sum()}{(kinds.Length == 0 ? string.Empty : $" ({kinds})")}"));
        var outcomes = string.Join(", ", summary.ConcernsByOutcome.Where(o => o.Value > 0).Select(o => Invariant($"{o.Key} {o.Value}")));
        output.WriteLine(Line($"opt-outs {summary.OptOuts}; concerns {summary.ConcernsByOutcome.Values.Sum()}{(outcomes.Length == 0 ? string.Empty : $" ({outcomes})")}; erased {summary.Erased}"));
        output.WriteLine(summary.PersonalDataRemaining == 0
            ? "  personal data remaining: 0"
            : Line($"personal data remaining: {summary.PersonalDataRemaining} records (a concern still open holds them, or the run ended before the retention period)"));
        output.WriteLine($"Wrote {folder.Outbox}, {folder.Timeline}, {folder.Summary} and {folder.Report}.");
    }

    private static string Line(FormattableString text) => "  " + Invariant(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
