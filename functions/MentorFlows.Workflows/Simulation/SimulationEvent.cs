using System.Text.Json.Serialization;

namespace MentorFlows.Workflows.Simulation;

/// <summary>
/// One entry of EVENTS.json (DESIGN.md): something a person does at a virtual instant, injected through the same
/// command paths a real HTTP call takes. The JSON discriminator is <c>type</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OptOutEvent), "optOut")]
[JsonDerivedType(typeof(MentorResignedEvent), "mentorResigned")]
[JsonDerivedType(typeof(MentorClearedEvent), "mentorCleared")]
[JsonDerivedType(typeof(ConcernEvent), "concern")]
[JsonDerivedType(typeof(ConcernDecisionEvent), "concernDecision")]
[JsonDerivedType(typeof(CheckInResponseEvent), "checkInResponse")]
[JsonDerivedType(typeof(SurveyResponseEvent), "surveyResponse")]
[JsonDerivedType(typeof(CohortUploadEvent), "cohortUpload")]
public abstract record SimulationEvent(DateTime At);
