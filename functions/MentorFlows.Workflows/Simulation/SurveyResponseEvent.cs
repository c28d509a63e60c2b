namespace MentorFlows.Workflows.Simulation;

/// <summary>
/// A survey answer from a student: <see cref="Point"/> is a <see cref="Domain.Surveys.SurveyPoint"/> wire name
/// (<c>mid-point</c>, <c>end-point</c>, <c>final</c>), <see cref="Rating"/> 1–5. It is about the student's mentoring
/// in general (no pair named), and carries no comment.
/// </summary>
public sealed record SurveyResponseEvent(DateTime At, string StudentId, string Point, int Rating, bool Recommend) : SimulationEvent(At);
