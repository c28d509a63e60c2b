using MentorFlows.Domain.Surveys;

namespace MentorFlows.Workflows.Stores;

/// <summary>
/// What identifies one survey answer in every store: respondent, survey point and the partner it is about (null when
/// it names none). A second answer with the same key replaces the first (<see cref="ISurveyStore.SaveAsync"/>).
/// </summary>
public sealed record SurveyAnswerKey(string StudentId, SurveyPoint Point, string? PartnerId)
{
    public static SurveyAnswerKey Of(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new SurveyAnswerKey(response.StudentId, response.Point, response.PartnerId);
    }

    /// <summary>Ids and the point, as errors name an answer.</summary>
    public override string ToString() => PartnerId is null
        ? $"survey answer of {StudentId} at {Point}"
        : $"survey answer of {StudentId} at {Point} about {PartnerId}";
}
