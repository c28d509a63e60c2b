using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// One answer to a review or the final feedback survey (personal data: erased with the student, and with the partner
/// it is about). Keyed by (<see cref="StudentId"/>, <see cref="Point"/>, <see cref="PartnerId"/>): a second answer
/// replaces the first. <see cref="PartnerId"/> names the pair a review answer is about (the respondent's mentee or
/// mentor); null for the final survey and for an answer about the student's mentoring in general.
/// <see cref="Role"/> is the respondent's side.
/// </summary>
public sealed record SurveyResponse(string StudentId, SurveyPoint Point, string? PartnerId, ParticipantRole Role, SurveyAnswer Answer, DateTime AnsweredAtUtc)
{
    /// <summary>Ids and the point only: the answer, its comment above all, stays out of logs and test output.</summary>
    public override string ToString() => $"SurveyResponse {{ StudentId = {StudentId}, Point = {Point}, PartnerId = {PartnerId ?? "none"}, Role = {Role} }}";
}
