using System.Globalization;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Local.Simulation;

/// <summary>What <see cref="EventsFile"/> keeps while reading one file: events so far, concern labels, problems.</summary>
internal sealed class EventsFileContext
{
    public EventsFileContext(string fileName, string baseDirectory)
    {
        FileName = fileName;
        BaseDirectory = baseDirectory;
    }

    public string FileName { get; }

    public string BaseDirectory { get; }

    public List<string> Problems { get; } = [];

    /// <summary>Events read without a problem, with their entry number (from 1).</summary>
    public List<(int Number, SimulationEvent Event)> Events { get; } = [];

    /// <summary>Concern labels and where each was declared.</summary>
    public Dictionary<string, (int Number, DateTime At)> Concerns { get; } = new(StringComparer.Ordinal);

    /// <summary>Decisions, checked once every concern of the file is known (a decision may be listed first).</summary>
    public List<(int Number, EventEntryReader Reader, ConcernDecisionEvent Decision)> Decisions { get; } = [];

    /// <summary>Every decision names a concern of the file, comes at or after it, and is the only one for it.</summary>
    public void CheckDecisions()
    {
        var decided = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, reader, decision) in Decisions.OrderBy(d => d.Number))
        {
            var label = EventEntryReader.Echo(decision.Label);
            var before = Problems.Count;
            if (!Concerns.TryGetValue(decision.Label, out var concern))
            {
                reader.Problem($"\"label\" {label}names no concern in this file");
            }
            else if (decision.At < concern.At)
            {
                reader.Problem($"comes before the concern it decides (entry {Number(concern.Number)})");
            }
            else if (decided.TryGetValue(decision.Label, out var first))
            {
                reader.Problem($"the concern {label}is already decided by entry {Number(first)}");
            }
            else
            {
                decided[decision.Label] = number;
            }

            if (Problems.Count > before)
            {
                Events.RemoveAll(e => e.Number == number);
            }
        }
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
