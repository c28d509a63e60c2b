using MentorFlows.Runtime.Postgres;
using MentorFlows.Runtime.Store;
using MentorFlows.Runtime.Tests.Conformance;
using MentorFlows.Runtime.Tests.Support;

namespace MentorFlows.Runtime.Tests.Postgres;

/// <summary>
/// The conformance suite on <see cref="PostgresOrchestrationStore"/>. Every store a test creates lives in a schema of
/// its own, dropped afterwards; a restart opens a new store object (no locks) on the same schema.
/// </summary>
[RequiresPostgres]
public sealed class PostgresConformanceTests : OrchestrationConformanceTests
{
    private readonly PostgresTestSchemas _schemas = new();

    protected override Task<IOrchestrationStore> CreateStoreAsync() =>
        Task.FromResult<IOrchestrationStore>(new PostgresOrchestrationStore(_schemas.DataSource, _schemas.NewSchema()));

    protected override IOrchestrationStore Reopen(IOrchestrationStore store) =>
        new PostgresOrchestrationStore(_schemas.DataSource, ((PostgresOrchestrationStore)store).Schema);

    protected override async Task CleanUpAsync() => await _schemas.DisposeAsync();
}
