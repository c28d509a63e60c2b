// Package Azure.Data.Tables 12.12.0, namespace Azure.Data.Tables: the members MentorFlows.Functions uses, nothing else
// (README.md here). "§4" is shared/azure-api-reference.md section 4; "API" is the public API listing
// sdk/tables/Azure.Data.Tables/api/Azure.Data.Tables.net10.0.cs (Azure/azure-sdk-for-net). Of an overloaded method or
// constructor, the overloads applicable to the adapter's calls are declared, so overload resolution is the real one.
// ETag, Response, NullableResponse, AsyncPageable, RequestFailedException and TokenCredential are the real Azure.Core's.
//
// The package is not nullable-annotated (the API listing writes "string filter = null"), so neither is this file.
#nullable disable

using Azure.Data.Tables.Models;
using static MentorFlows.Functions.CompileCheck.Reference;

namespace Azure.Data.Tables
{
    // §4; API (interface).
    public interface ITableEntity
    {
        string PartitionKey { get; set; }

        string RowKey { get; set; }

        DateTimeOffset? Timestamp { get; set; }

        Azure.ETag ETag { get; set; }
    }

    // §4; API: a sealed class, an ITableEntity and an IDictionary<string, object> (the adapter hands it to
    // TableRow.FromEntity as IEnumerable<KeyValuePair<string, object>>). Interface members as the API lists them.
    public sealed class TableEntity : ITableEntity, IDictionary<string, object>
    {
        public TableEntity(string partitionKey, string rowKey) => throw new NotSupportedException(Only);

        public TableEntity(IDictionary<string, object> values) => throw new NotSupportedException(Only);

        public string PartitionKey { get => throw new NotSupportedException(Only); set => throw new NotSupportedException(Only); }

        public string RowKey { get => throw new NotSupportedException(Only); set => throw new NotSupportedException(Only); }

        public DateTimeOffset? Timestamp { get => throw new NotSupportedException(Only); set => throw new NotSupportedException(Only); }

        public ETag ETag { get => throw new NotSupportedException(Only); set => throw new NotSupportedException(Only); }

        public int Count => throw new NotSupportedException(Only);

        public ICollection<string> Keys => throw new NotSupportedException(Only);

        ICollection<object> IDictionary<string, object>.Values => throw new NotSupportedException(Only);

        bool ICollection<KeyValuePair<string, object>>.IsReadOnly => throw new NotSupportedException(Only);

        public object this[string key] { get => throw new NotSupportedException(Only); set => throw new NotSupportedException(Only); }

        public void Add(string key, object value) => throw new NotSupportedException(Only);

        public void Clear() => throw new NotSupportedException(Only);

        public bool ContainsKey(string key) => throw new NotSupportedException(Only);

        public bool Remove(string key) => throw new NotSupportedException(Only);

        public bool TryGetValue(string key, out object value) => throw new NotSupportedException(Only);

        void ICollection<KeyValuePair<string, object>>.Add(KeyValuePair<string, object> item) => throw new NotSupportedException(Only);

        bool ICollection<KeyValuePair<string, object>>.Contains(KeyValuePair<string, object> item) => throw new NotSupportedException(Only);

        void ICollection<KeyValuePair<string, object>>.CopyTo(KeyValuePair<string, object>[] array, int arrayIndex) => throw new NotSupportedException(Only);

        bool ICollection<KeyValuePair<string, object>>.Remove(KeyValuePair<string, object> item) => throw new NotSupportedException(Only);

        IEnumerator<KeyValuePair<string, object>> IEnumerable<KeyValuePair<string, object>>.GetEnumerator() => throw new NotSupportedException(Only);

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw new NotSupportedException(Only);
    }

    // §4 ("new TableServiceClient(string connectionString) | (Uri endpoint, TokenCredential cred, TableClientOptions options = null)");
    // API. Both (string) and (string, TableClientOptions options = null) apply to a one-argument call (the first wins).
    public class TableServiceClient
    {
        protected TableServiceClient() => throw new NotSupportedException(Only);

        public TableServiceClient(string connectionString) => throw new NotSupportedException(Only);

        public TableServiceClient(string connectionString, TableClientOptions options = null) => throw new NotSupportedException(Only);

        public TableServiceClient(Uri endpoint, Azure.Core.TokenCredential tokenCredential, TableClientOptions options = null) => throw new NotSupportedException(Only);

        public virtual TableClient GetTableClient(string tableName) => throw new NotSupportedException(Only);
    }

    // §4; API (class, every member virtual).
    public class TableClient
    {
        protected TableClient() => throw new NotSupportedException(Only);

        public virtual string Name => throw new NotSupportedException(Only);

        public virtual Task<Response<TableItem>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException(Only);

        // 409 if the row exists (§4).
        public virtual Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
            where T : ITableEntity => throw new NotSupportedException(Only);

        public virtual Task<Response> UpsertEntityAsync<T>(T entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
            where T : ITableEntity => throw new NotSupportedException(Only);

        public virtual Task<Response> UpdateEntityAsync<T>(T entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
            where T : ITableEntity => throw new NotSupportedException(Only);

        // Answers a missing row with 404 instead of throwing (§4). The (ITableEntity, ETag, CancellationToken) overload is
        // not applicable to (string, string, ...).
        public virtual Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException(Only);

        public virtual Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string> select = null, CancellationToken cancellationToken = default)
            where T : class, ITableEntity => throw new NotSupportedException(Only);

        // The overload taking an Expression<Func<T, bool>> filter is not applicable to a string filter.
        public virtual AsyncPageable<T> QueryAsync<T>(string filter = null, int? maxPerPage = null, IEnumerable<string> select = null, CancellationToken cancellationToken = default)
            where T : class, ITableEntity => throw new NotSupportedException(Only);

        public virtual Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException(Only);
    }

    // API (class; its constructor takes a ServiceVersion, left out: the adapter never makes one). The options type of the
    // TableServiceClient constructors above; its base is the real Azure.Core ClientOptions.
    public class TableClientOptions : Azure.Core.ClientOptions
    {
        internal TableClientOptions() => throw new NotSupportedException(Only);
    }

    // §4; API. Both constructors apply to a two-argument call (the first wins); the second takes the ETag.
    public class TableTransactionAction
    {
        public TableTransactionAction(TableTransactionActionType actionType, ITableEntity entity) => throw new NotSupportedException(Only);

        public TableTransactionAction(TableTransactionActionType actionType, ITableEntity entity, ETag etag = default) => throw new NotSupportedException(Only);
    }

    // §4; API (values).
    public enum TableTransactionActionType
    {
        Add = 0,
        UpdateMerge = 1,
        UpdateReplace = 2,
        Delete = 3,
        UpsertMerge = 4,
        UpsertReplace = 5,
    }

    // §4; API (values).
    public enum TableUpdateMode
    {
        Merge = 0,
        Replace = 1,
    }

    // §4 ("a RequestFailedException with int? FailedTransactionActionIndex"); API (class; public constructor).
    public class TableTransactionFailedException : RequestFailedException
    {
        public TableTransactionFailedException(RequestFailedException requestFailedException)
            : base(string.Empty) => throw new NotSupportedException(Only);

        public int? FailedTransactionActionIndex => throw new NotSupportedException(Only);
    }
}

namespace Azure.Data.Tables.Models
{
    // What CreateIfNotExistsAsync returns (§4); API (class; public constructor (string name)).
    public class TableItem
    {
        public TableItem(string name) => throw new NotSupportedException(Only);
    }
}
