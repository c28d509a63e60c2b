using Microsoft.DurableTask.Client;

namespace MentorFlows.Functions.Durable;

/// <summary>
/// The <see cref="DurableTaskClient"/> the services use. The isolated worker hands a client only to a function that
/// binds <c>[DurableClient]</c> (there is no client factory for dependency injection: azure-functions-durable-extension
/// issues 2698 and 2736), so every trigger and activity shim binds one and puts it here before it runs anything. The
/// extension caches one client per task hub and connection, so every bound client is the same hub's.
/// </summary>
public sealed class BoundDurableClient
{
    private DurableTaskClient? _client;

    public void Bind(DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        Volatile.Write(ref _client, client);
    }

    /// <exception cref="InvalidOperationException">No function has bound a client yet: a shim forgot <c>[DurableClient]</c>.</exception>
    public DurableTaskClient Client =>
        Volatile.Read(ref _client) ?? throw new InvalidOperationException("No DurableTaskClient is bound yet: every function that reaches the workflows must bind [DurableClient] and call BoundDurableClient.Bind first.");
}
