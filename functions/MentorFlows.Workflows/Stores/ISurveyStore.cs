namespace MentorFlows.Workflows.Stores;

/// <summary>Review and final feedback survey answers, by respondent (one partition per student on Azure Tables).</summary>
public interface ISurveyStore
{
    /// <summary>Inserts or replaces the answer by (student, point, partner).</summary>
    Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken);

    /// <summary>Every answer the student gave or that is about them (as the partner), by point, then respondent, then partner.</summary>
    Task<IReadOnlyList<SurveyResponse>> ListForStudentAsync(string studentId, CancellationToken cancellationToken);

    /// <summary>
    /// Every answer that has a comment, for the coordinator to read: by <see cref="Domain.Surveys.SurveyPoint"/>, then
    /// respondent, then partner (none first). Answers without a comment are left out.
    /// </summary>
    Task<IReadOnlyList<SurveyResponse>> ListCommentedAsync(CancellationToken cancellationToken);

    /// <summary>The figures of each survey with at least one answer on record, in <see cref="Domain.Surveys.SurveyPoint"/> order.</summary>
    Task<IReadOnlyList<SurveyFigures>> FiguresAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every answer the student gave or that names them as the partner; returns how many went.</summary>
    Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken);

    Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken);
}
