using MentorFlows.Domain.Surveys;

namespace MentorFlows.Workflows.Commands;

/// <summary>
/// A survey answer from <see cref="StudentId"/> (DOMAIN.md "Reviews", closure's final feedback survey).
/// <see cref="PartnerId"/> names the pair a review answer is about (a signed link's scope: the student's mentee or
/// mentor); null means the student's mentoring in general, and is the only choice for the final survey.
/// </summary>
public sealed record SurveyAnswerCommand(string StudentId, SurveyPoint Point, SurveyAnswer Answer, string? PartnerId = null);
