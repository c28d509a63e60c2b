using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="ISurveyStore"/> on table <c>SchemeSurveys</c> (<see cref="SurveyRows"/>): one partition per scheme year,
/// an answer and its partner's copy written and deleted together in one transaction. By student: two range reads
/// (their answers, and the copies naming them). The figures read every answer row of the year: a coordinator's
/// request, a few thousand small rows.
/// </summary>
public sealed class TableSurveyStore : ISurveyStore
{
    private readonly ITableGateway _table;
    private readonly int _schemeYear;
    private readonly string _partition;

    public TableSurveyStore(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _schemeYear = schemeYear;
        _partition = SchemeYearKey.Of(schemeYear);
    }

    public Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return _table.SubmitAsync([.. SurveyRows.ToRows(_schemeYear, response).Select(TableWrite.Upsert)], cancellationToken);
    }

    public async Task<IReadOnlyList<SurveyResponse>> ListForStudentAsync(string studentId, CancellationToken cancellationToken) =>
        [.. (await NamingAsync(studentId, cancellationToken).ConfigureAwait(false))
            .Select(SurveyRows.FromRow)
            .OrderBy(a => a.Point)
            .ThenBy(a => a.StudentId, StringComparer.Ordinal)
            .ThenBy(a => a.PartnerId ?? string.Empty, StringComparer.Ordinal)];

    /// <summary>A range read of every answer row of the year (the partner copies are left out), filtered here: tables cannot test for a missing property.</summary>
    public async Task<IReadOnlyList<SurveyResponse>> ListCommentedAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Prefix(_partition, SurveyRows.AnswerKind), cancellationToken).ConfigureAwait(false))
            .Select(SurveyRows.FromRow)
            .Where(a => a.Answer.Comment is not null)
            .OrderBy(a => a.Point)
            .ThenBy(a => a.StudentId, StringComparer.Ordinal)
            .ThenBy(a => a.PartnerId ?? string.Empty, StringComparer.Ordinal)];

    public async Task<IReadOnlyList<SurveyFigures>> FiguresAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Prefix(_partition, SurveyRows.AnswerKind).Selecting("Point", "Rating", "WouldRecommend"), cancellationToken).ConfigureAwait(false))
            .Select(row => (Point: row.Properties.GetEnum<Domain.Surveys.SurveyPoint>("Point"), Rating: row.Properties.GetInt32("Rating"), Recommend: row.Properties.GetBoolean("WouldRecommend")))
            .GroupBy(answer => answer.Point)
            .OrderBy(group => group.Key)
            .Select(group => new SurveyFigures(group.Key, group.Count(), group.Sum(a => a.Rating), group.Count(a => a.Recommend)))];

    /// <summary>
    /// Deletes each answer naming the student with its copy, one answer per transaction; an answer another erasure
    /// took first is not counted twice.
    /// </summary>
    public async Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        var erased = 0;
        while (await NamingAsync(studentId, cancellationToken).ConfigureAwait(false) is { Count: > 0 } rows)
        {
            foreach (var answer in rows.Select(SurveyRows.FromRow).DistinctBy(a => SurveyRows.AnswerKey(a.StudentId, a.Point, a.PartnerId), StringComparer.Ordinal))
            {
                try
                {
                    await _table.SubmitAsync([.. SurveyRows.ToRows(_schemeYear, answer).Select(row => TableWrite.Delete(row.PartitionKey, row.RowKey, null))], cancellationToken).ConfigureAwait(false);
                    erased++;
                }
                catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowMissing)
                {
                    // Another erasure took this answer: the next pass reads what is left.
                }
            }
        }

        return erased;
    }

    /// <summary>Every answer of the year (a range read of the answer rows).</summary>
    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _table.CountAsync(TableQuery.Prefix(_partition, SurveyRows.AnswerKind), cancellationToken);

    /// <summary>The student's answer rows and the copies of answers naming them as the partner.</summary>
    private async Task<List<TableRow>> NamingAsync(string studentId, CancellationToken cancellationToken)
    {
        var rows = await _table.ReadAllAsync(TableQuery.Prefix(_partition, SurveyRows.AnswerKind, studentId), cancellationToken).ConfigureAwait(false);
        rows.AddRange(await _table.ReadAllAsync(TableQuery.Prefix(_partition, SurveyRows.PartnerKind, studentId), cancellationToken).ConfigureAwait(false));
        return rows;
    }
}
