using System.Text.Json;
using MentorFlows.Runtime.History;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Postgres;

/// <summary>History events and failure details as the PostgreSQL store keeps them: JSON with <see cref="WorkflowJson.Options"/>.</summary>
internal static class Json
{
    public static string Write(HistoryEvent value) => JsonSerializer.Serialize(value, WorkflowJson.Options);

    public static HistoryEvent ReadEvent(string json) => JsonSerializer.Deserialize<HistoryEvent>(json, WorkflowJson.Options)!;

    public static string Write(TaskFailureDetails value) => JsonSerializer.Serialize(value, WorkflowJson.Options);

    public static TaskFailureDetails ReadFailure(string json) => JsonSerializer.Deserialize<TaskFailureDetails>(json, WorkflowJson.Options)!;
}
