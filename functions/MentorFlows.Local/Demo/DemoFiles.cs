using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Local.Demo;

/// <summary>The demo's cohort file text and events, with the participants and first matching they were planned from.</summary>
public sealed record DemoFiles(
    string CohortCsv,
    IReadOnlyList<SimulationEvent> Events,
    IReadOnlyList<Participant> Participants,
    MatchResult FirstMatching);
