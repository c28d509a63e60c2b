using MentorFlows.Runtime.History;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Execution;

/// <summary>
/// What one episode produced: the new actions (in step order) and how the orchestrator ended, if it did.
/// <see cref="Output"/> is the JSON result (Completed) or the next input (ContinuedAsNew).
/// </summary>
internal sealed record EpisodeResult(
    EpisodeOutcome Outcome,
    IReadOnlyList<OrchestratorAction> NewActions,
    string? Output,
    TaskFailureDetails? Failure,
    IReadOnlyList<EventRaisedEvent> CarriedOverEvents,
    bool CustomStatusSet,
    string? CustomStatus);
