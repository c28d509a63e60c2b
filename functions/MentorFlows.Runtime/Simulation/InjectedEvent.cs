using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Simulation;

namespace MentorFlows.Runtime.Simulation;

/// <summary>What the command an EVENTS.json entry became did (an unknown student is NotFound, a repeat AlreadyDone...).</summary>
public sealed record InjectedEvent(SimulationEvent Event, CommandOutcome Outcome);
