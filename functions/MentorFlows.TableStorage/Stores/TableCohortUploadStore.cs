using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="ICohortUploadStore"/> on table <c>SchemeCohortUploads</c>: partition = scheme year, row key = upload id,
/// the record as JSON (it holds counts and problem texts, no personal data) and its status.
/// </summary>
public sealed class TableCohortUploadStore : ICohortUploadStore
{
    private readonly ITableGateway _table;
    private readonly string _partition;

    public TableCohortUploadStore(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _partition = SchemeYearKey.Of(schemeYear);
    }

    public async Task<CohortUploadRecord?> GetAsync(string uploadId, CancellationToken cancellationToken) =>
        await _table.GetAsync(_partition, TableKey.Compose(uploadId), cancellationToken).ConfigureAwait(false) is { } row
            ? row.Properties.GetJson<CohortUploadRecord>("Data")
            : null;

    public Task SaveAsync(CohortUploadRecord upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var properties = new PropertyBag().SetEnum("Status", upload.Status).SetJson("Data", upload).Build();
        return _table.SubmitAsync([TableWrite.Upsert(new TableRow(_partition, TableKey.Compose(upload.UploadId), properties))], cancellationToken);
    }

    public async Task<IReadOnlyList<CohortUploadRecord>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await _table.ReadAllAsync(TableQuery.Partition(_partition), cancellationToken).ConfigureAwait(false))
            .Select(row => row.Properties.GetJson<CohortUploadRecord>("Data"))
            .OrderBy(upload => upload.UploadId, StringComparer.Ordinal)];
}
