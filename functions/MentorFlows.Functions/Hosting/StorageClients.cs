using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace MentorFlows.Functions.Hosting;

/// <summary>
/// The storage account's table and blob clients, authenticated the way the host's own storage is
/// (docs/azure.md, "Settings"): with the app's managed identity when <c>AzureWebJobsStorage__accountName</c> is set
/// (infra/ sets it; shared keys are disabled on the account), otherwise with the <c>AzureWebJobsStorage</c> connection
/// string (Azurite: <c>UseDevelopmentStorage=true</c>).
/// </summary>
public sealed record StorageClients(TableServiceClient Tables, BlobServiceClient Blobs)
{
    public const string AccountNameKey = "AzureWebJobsStorage:accountName";
    public const string ConnectionStringKey = "AzureWebJobsStorage";

    /// <exception cref="InvalidOperationException">Neither setting is present.</exception>
    public static StorageClients FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[AccountNameKey] is { Length: > 0 } account)
        {
            var credential = new DefaultAzureCredential();
            return new StorageClients(
                new TableServiceClient(new Uri($"https://{account}.table.core.windows.net"), credential),
                new BlobServiceClient(new Uri($"https://{account}.blob.core.windows.net"), credential));
        }

        if (configuration[ConnectionStringKey] is { Length: > 0 } connection)
        {
            return new StorageClients(new TableServiceClient(connection), new BlobServiceClient(connection));
        }

        throw new InvalidOperationException("Neither AzureWebJobsStorage__accountName nor AzureWebJobsStorage is set: the host has no storage account.");
    }
}
