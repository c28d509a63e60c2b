namespace MentorFlows.Runtime.Tests.SchemeData.Contract;

/// <summary>
/// What every implementation of the scheme store ports (Workflows/Stores) and of the SendGrid send ledger must do:
/// one subclass per implementation runs the whole suite, so the in-memory stores the simulation uses and the
/// PostgreSQL stores a deployment uses behave alike. Each test gets fresh, empty stores. The parts follow the ports.
/// </summary>
public abstract partial class SchemeStoreContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private SchemeStores? _stores;

    protected SchemeStores Stores => _stores ?? throw new InvalidOperationException("The stores are made in InitializeAsync.");

    /// <summary>New, empty stores, independent of every other test's.</summary>
    protected abstract Task<SchemeStores> CreateStoresAsync();

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => _stores = await CreateStoresAsync();

    public Task DisposeAsync() => CleanUpAsync();
}
