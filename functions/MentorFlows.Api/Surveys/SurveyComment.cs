using MentorFlows.Domain.Cohort;
using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Api.Surveys;

/// <summary>
/// A survey answer with its comment, for coordinators: who answered (<see cref="StudentId"/>, their
/// <see cref="Role"/>), the pair it is about (<see cref="PartnerId"/>, null for the final survey or mentoring in
/// general), the rating, and the comment. Ids only: the coordinator looks people up when needed.
/// </summary>
public sealed record SurveyComment(
    SurveyPoint Point,
    string StudentId,
    ParticipantRole Role,
    string? PartnerId,
    int Rating,
    bool WouldRecommend,
    string Comment,
    DateTime AnsweredAtUtc)
{
    public static SurveyComment From(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new SurveyComment(response.Point, response.StudentId, response.Role, response.PartnerId, response.Answer.Rating, response.Answer.WouldRecommend,
            response.Answer.Comment ?? throw new ArgumentException("The answer has no comment.", nameof(response)), response.AnsweredAtUtc);
    }

    /// <summary>Leaves the comment out: records get printed by test runners and debuggers.</summary>
    public override string ToString() => $"SurveyComment {{ Point = {Point}, StudentId = {StudentId}, PartnerId = {PartnerId ?? "none"} }}";
}
