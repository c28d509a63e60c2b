namespace MentorFlows.Api.Coordinator;

/// <summary>Concerns open and decided; decided ones by outcome (wire names: noAction, adviceGiven...).</summary>
public sealed record ConcernCounts(int Open, int OpenWithImmediateRisk, int Decided, IReadOnlyDictionary<string, int> DecidedByOutcome);
