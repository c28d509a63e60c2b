using System.Collections.Concurrent;
using Azure.Data.Tables;
using MentorFlows.TableStorage.Gateway;

namespace MentorFlows.Functions.Storage;

/// <summary>The account's tables, one <see cref="AzureTableGateway"/> per name (<c>TableServiceClient.GetTableClient</c>, §4).</summary>
public sealed class AzureTableGateways : ITableGateways
{
    private readonly TableServiceClient _service;
    private readonly ConcurrentDictionary<string, AzureTableGateway> _tables = new(StringComparer.OrdinalIgnoreCase);

    public AzureTableGateways(TableServiceClient service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
    }

    public ITableGateway Table(string tableName) => _tables.GetOrAdd(tableName, name => new AzureTableGateway(_service.GetTableClient(name)));
}
