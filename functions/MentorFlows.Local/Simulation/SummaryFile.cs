using System.Text.Json;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Local.Simulation;

/// <summary><c>summary.json</c>: the run's <see cref="SimulationSummary"/>, indented, in the workflows' JSON (camelCase).</summary>
public static class SummaryFile
{
    public const string FileName = "summary.json";

    private static readonly JsonSerializerOptions Options = new(WorkflowJson.Options) { WriteIndented = true };

    public static void Write(string path, SimulationSummary summary) =>
        File.WriteAllText(path, JsonSerializer.Serialize(summary, Options) + "\n");

    public static SimulationSummary Read(string path) =>
        JsonSerializer.Deserialize<SimulationSummary>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{FileName} is empty.");
}
