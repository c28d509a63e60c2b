using MentorFlows.Domain.Surveys;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Runtime.SchemeData.InMemory;

/// <summary><see cref="ISurveyStore"/> in memory, keyed by (student, point, partner). Thread-safe.</summary>
public sealed class InMemorySurveyStore : ISurveyStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string StudentId, SurveyPoint Point, string PartnerId), SurveyResponse> _answers = [];

    public Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        lock (_gate)
        {
            _answers[Key(response)] = response;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SurveyResponse>> ListForStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SurveyResponse> answers = [.. _answers.Values
                .Where(a => Names(a, studentId))
                .OrderBy(a => a.Point)
                .ThenBy(a => a.StudentId, StringComparer.Ordinal)
                .ThenBy(a => a.PartnerId ?? string.Empty, StringComparer.Ordinal)];
            return Task.FromResult(answers);
        }
    }

    public Task<IReadOnlyList<SurveyResponse>> ListCommentedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SurveyResponse> answers = [.. _answers.Values
                .Where(a => a.Answer.Comment is not null)
                .OrderBy(a => a.Point)
                .ThenBy(a => a.StudentId, StringComparer.Ordinal)
                .ThenBy(a => a.PartnerId ?? string.Empty, StringComparer.Ordinal)];
            return Task.FromResult(answers);
        }
    }

    public Task<IReadOnlyList<SurveyFigures>> FiguresAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SurveyFigures> figures = [.. _answers.Values
                .GroupBy(a => a.Point)
                .OrderBy(g => g.Key)
                .Select(g => new SurveyFigures(g.Key, g.Count(), g.Sum(a => a.Answer.Rating), g.Count(a => a.Answer.WouldRecommend)))];
            return Task.FromResult(figures);
        }
    }

    public Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var naming = _answers.Where(pair => Names(pair.Value, studentId)).Select(pair => pair.Key).ToList();
            naming.ForEach(key => _answers.Remove(key));
            return Task.FromResult(naming.Count);
        }
    }

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_answers.Count);
        }
    }

    private static (string, SurveyPoint, string) Key(SurveyResponse response) => (response.StudentId, response.Point, response.PartnerId ?? string.Empty);

    private static bool Names(SurveyResponse response, string studentId) =>
        string.Equals(response.StudentId, studentId, StringComparison.Ordinal) || string.Equals(response.PartnerId, studentId, StringComparison.Ordinal);
}
