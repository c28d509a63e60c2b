using MentorFlows.TableStorage.Gateway;
using MentorFlows.TableStorage.Keys;
using MentorFlows.TableStorage.Mapping;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.TableStorage.Stores;

/// <summary>
/// <see cref="ISentEmailStore"/> on table <c>SchemeSentEmails</c>, one partition per scheme year:
/// <list type="bullet">
/// <item><c>e!{email id}</c>: kind, time, and while it is held the copy (JSON, split over properties when long);</item>
/// <item><c>s!{student id}!{email id}</c>: an index row per student the copy names, for erasure.</item>
/// </list>
/// A send writes its index rows first and the email row last (an insert: 409 means recorded already), so a crash in
/// between leaves at most index rows that a retry completes, never a copy erasure cannot find.
/// </summary>
public sealed class TableSentEmailStore : ISentEmailStore
{
    private const string EmailKind = "e";
    private const string StudentKind = "s";

    private static readonly IReadOnlyDictionary<string, object> NoProperties = new Dictionary<string, object>();

    private readonly ITableGateway _table;
    private readonly string _partition;

    public TableSentEmailStore(ITableGateway table, int schemeYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        _table = table;
        _partition = SchemeYearKey.Of(schemeYear);
    }

    public async Task<SentEmail?> GetAsync(string emailId, CancellationToken cancellationToken) =>
        await _table.GetAsync(_partition, TableKey.Compose(EmailKind, emailId), cancellationToken).ConfigureAwait(false) is { } row ? Read(row) : null;

    public async Task AddAsync(SentEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (email.Message is { } message)
        {
            await _table.SubmitAllAsync(
                message.StudentIds.Distinct(StringComparer.Ordinal).Select(student => TableWrite.Upsert(new TableRow(_partition, TableKey.Compose(StudentKind, student, email.EmailId), NoProperties))),
                cancellationToken).ConfigureAwait(false);
        }

        var properties = new PropertyBag()
            .Set("EmailId", email.EmailId)
            .SetEnum("Kind", email.Kind)
            .Set("SentAt", email.SentAtUtc)
            .Set("HasCopy", email.Message is not null)
            .SetJson("Message", email.Message)
            .Build();
        try
        {
            await _table.SubmitAsync([TableWrite.Insert(new TableRow(_partition, TableKey.Compose(EmailKind, email.EmailId), properties))], cancellationToken).ConfigureAwait(false);
        }
        catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowExists)
        {
            // Recorded before: a second record of the same id is ignored.
        }
    }

    public async Task<int> EraseStudentAsync(string studentId, CancellationToken cancellationToken)
    {
        var stripped = 0;
        foreach (var index in await _table.ReadAllAsync(TableQuery.Prefix(_partition, StudentKind, studentId).Selecting(), cancellationToken).ConfigureAwait(false))
        {
            var emailId = TableKey.Split(index.RowKey)[2];
            if (await StripAsync(emailId, cancellationToken).ConfigureAwait(false))
            {
                stripped++;
            }

            await DeleteIfPresentAsync(index.RowKey, cancellationToken).ConfigureAwait(false);
        }

        return stripped;
    }

    public async Task<IReadOnlyDictionary<EmailKind, int>> CountByKindAsync(CancellationToken cancellationToken) =>
        (await _table.ReadAllAsync(TableQuery.Prefix(_partition, EmailKind).Selecting("Kind"), cancellationToken).ConfigureAwait(false))
            .GroupBy(row => row.Properties.GetEnum<EmailKind>("Kind"))
            .ToDictionary(group => group.Key, group => group.Count());

    public Task<int> CountPersonalRecordsAsync(CancellationToken cancellationToken) =>
        _table.CountAsync(TableQuery.Prefix(_partition, EmailKind).Where("HasCopy", TableComparison.Equal, true), cancellationToken);

    /// <summary>Replaces the email row with one without the copy, with the ETag read; true when this call removed a copy.</summary>
    private Task<bool> StripAsync(string emailId, CancellationToken cancellationToken) =>
        TableOperations.RetryAsync(
            async () =>
            {
                var key = TableKey.Compose(EmailKind, emailId);
                if (await _table.GetAsync(_partition, key, cancellationToken).ConfigureAwait(false) is not { } row || !row.Properties.GetBoolean("HasCopy"))
                {
                    return false;
                }

                var email = Read(row) with { Message = null };
                var properties = new PropertyBag().Set("EmailId", email.EmailId).SetEnum("Kind", email.Kind).Set("SentAt", email.SentAtUtc).Set("HasCopy", false).Build();
                await _table.SubmitAsync([TableWrite.Replace(new TableRow(_partition, key, properties), row.ETag)], cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    private async Task DeleteIfPresentAsync(string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SubmitAsync([TableWrite.Delete(_partition, rowKey, null)], cancellationToken).ConfigureAwait(false);
        }
        catch (TableWriteRejectedException ex) when (ex.Failure == TableWriteFailure.RowMissing)
        {
            // Another erasure took it.
        }
    }

    private static SentEmail Read(TableRow row)
    {
        var p = row.Properties;
        return new SentEmail(p.GetString("EmailId"), p.GetEnum<EmailKind>("Kind"), p.GetUtc("SentAt"), p.GetJsonOrDefault<EmailMessage>("Message"));
    }
}
