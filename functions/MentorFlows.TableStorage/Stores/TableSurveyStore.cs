using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Stores.Protection;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="ISurveyStore"/> on table <c>SchemeSurveys</c> (<see cref="SurveyRows"/>): one partition per scheme year,
/// an answer and its partner's copy written and deleted together in one transaction. By student: two range reads
/// (their answers, and the copies naming them). The figures read every answer row of the year: a coordinator's
/// request, a few thousand small rows. Comments rest sealed as concern accounts do (<see cref="TextProtector"/>, the
/// answer's key as associated data), so reading the table shows no comment; rows written before comments were sealed
/// are read as they are until <see cref="ResealAsync"/> seals them.
/// </summary>
public sealed class TableSurveyStore : ISurveyStore, ISealedTextStore
{
    private static readonly TableQuery EveryYearsAnswers = new()
    {
        RowKeyFrom = TableKey.PrefixRange(SurveyRows.AnswerKind).From,
        RowKeyTo = TableKey.PrefixRange(SurveyRows.AnswerKind).To,
    };

    private readonly ITableGateway _table;
    private readonly string _partition;
    private readonly TextProtector _protector;

    public TableSurveyStore(ITableGateway table, int schemeYear, TextProtector protector)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(protector);
        _table = table;
        _partition = SchemeYearKey.Of(schemeYear);
        _protector = protector;
    }

    public Task SaveAsync(SurveyResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var comment = response.Answer.Comment is { } text ? _protector.Seal(SurveyAnswerKey.Of(response), text) : null;
        return _table.SubmitAsync([.. SurveyRows.ToRows(_partition, response, comment).Select(TableWrite.Upsert)], cancellationToken);
    }

    public async Task<IReadOnlyList<SurveyResponse>> ListForStudentAsync(string studentId, CancellationToken cancellationToken) =>
        [.. (await NamingAsync(studentId, cancellationToken).ConfigureAwait(false))
            .Select(Read)
            .OrderBy(a => a.Point)
            .ThenBy(a => a.StudentId, StringComparer.Ordinal)
            .ThenBy(a => a.PartnerId ?? string.Empty, StringComparer.Ordinal)];

    /// <summary>A range read of every answer row of the year (the partner copies are left out), filtered here: tables cannot test for a missing property.</summary>
    public async Task<IReadOnlyList<SurveyResponse>> ListCommentedAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Prefix(_partition, SurveyRows.AnswerKind), cancellationToken).ConfigureAwait(false))
            .Where(row => SurveyRows.SealedCommentFromRow(row) is not null || SurveyRows.PlainCommentFromRow(row) is not null)
            .Select(Read)
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
            // By key alone: erasure never needs to open a comment (nor the key that sealed it).
            foreach (var answer in rows.Select(SurveyRows.KeyFromRow).Distinct())
            {
                try
                {
                    await _table.SubmitAsync([.. SurveyRows.RowKeys(answer).Select(rowKey => TableWrite.Delete(_partition, rowKey, null))], cancellationToken).ConfigureAwait(false);
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

    public string SealedContent => "survey comments";

    /// <summary>
    /// Seals under the current key every comment still plain (written before comments were sealed) or sealed under an
    /// earlier key (after a rotation), in every scheme year's partition, one answer (with its copy) per transaction, the
    /// answer row with the ETag read; returns how many answers. Then the earlier keys can be dropped.
    /// </summary>
    public async Task<int> ResealAsync(CancellationToken cancellationToken)
    {
        var resealed = 0;
        foreach (var row in await _table.ReadAllAsync(EveryYearsAnswers, cancellationToken).ConfigureAwait(false))
        {
            if (IsStale(row))
            {
                resealed += await ResealAsync(row.PartitionKey, row.RowKey, cancellationToken).ConfigureAwait(false);
            }
        }

        return resealed;
    }

    /// <summary>Re-seals one answer's comment if it is still stale when read again; 1 if it was re-sealed.</summary>
    private Task<int> ResealAsync(string partition, string rowKey, CancellationToken cancellationToken) =>
        TableOperations.RetryAsync(
            async () =>
            {
                if (await _table.GetAsync(partition, rowKey, cancellationToken).ConfigureAwait(false) is not { } row || !IsStale(row))
                {
                    return 0;
                }

                var answer = Read(row);
                var rows = SurveyRows.ToRows(partition, answer, _protector.Seal(SurveyAnswerKey.Of(answer), answer.Answer.Comment!));
                await _table.SubmitAsync([TableWrite.Replace(rows[0], row.ETag), .. rows.Skip(1).Select(TableWrite.Upsert)], cancellationToken).ConfigureAwait(false);
                return 1;
            },
            cancellationToken);

    /// <summary>Whether the row holds its comment plain, or sealed under a key other than the current one.</summary>
    private bool IsStale(TableRow row) =>
        SurveyRows.SealedCommentFromRow(row) is { } sealedComment ? !_protector.IsCurrent(sealedComment.KeyId) : SurveyRows.PlainCommentFromRow(row) is not null;

    private SurveyResponse Read(TableRow row) => SurveyRows.FromRow(row, _protector);

    /// <summary>The student's answer rows and the copies of answers naming them as the partner.</summary>
    private async Task<List<TableRow>> NamingAsync(string studentId, CancellationToken cancellationToken)
    {
        var rows = await _table.ReadAllAsync(TableQuery.Prefix(_partition, SurveyRows.AnswerKind, studentId), cancellationToken).ConfigureAwait(false);
        rows.AddRange(await _table.ReadAllAsync(TableQuery.Prefix(_partition, SurveyRows.PartnerKind, studentId), cancellationToken).ConfigureAwait(false));
        return rows;
    }
}
