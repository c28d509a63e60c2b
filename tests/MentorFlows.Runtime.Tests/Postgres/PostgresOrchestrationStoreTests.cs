using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Postgres;
using MentorFlows.Runtime.Store;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;
using Npgsql;

namespace MentorFlows.Runtime.Tests.Postgres;

/// <summary>What only the PostgreSQL store has to get right: several store objects (processes) on one schema.</summary>
[RequiresPostgres]
public sealed class PostgresOrchestrationStoreTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2025, 10, 1, 9, 0, 0, DateTimeKind.Utc);
    private readonly PostgresTestSchemas _schemas = new();
    private string _schema = null!;
    private NpgsqlDataSource _dataSource = null!;

    public Task InitializeAsync()
    {
        _schema = _schemas.NewSchema();
        _dataSource = _schemas.DataSource;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _schemas.DisposeAsync();

    [StoreFact]
    public async Task TwoProcessesCommitTheSameStep_OnlyTheFirstIsRecorded()
    {
        var first = new PostgresOrchestrationStore(_dataSource, _schema);
        var second = new PostgresOrchestrationStore(_dataSource, _schema);
        await first.InitializeAsync(default);
        await second.InitializeAsync(default);
        await first.CreateInstanceAsync(new NewInstance("twice", "Any", "exec-1", null, Now, Now), default);

        var seenByFirst = Assert.Single(await first.LockOrchestrationWorkItemsAsync(Now, 10, default));
        var seenBySecond = Assert.Single(await second.LockOrchestrationWorkItemsAsync(Now, 10, default));
        await first.CommitOrchestrationAsync(Step(seenByFirst), default);
        await second.CommitOrchestrationAsync(Step(seenBySecond), default);

        Assert.Equal(2, (await first.GetHistoryAsync("twice", default)).Count);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await first.GetInstanceAsync("twice", default))!.Status);
    }

    [StoreFact]
    public async Task Initialize_Twice_AppliesTheMigrationsOnce()
    {
        var store = new PostgresOrchestrationStore(_dataSource, _schema);

        await store.InitializeAsync(default);
        await store.InitializeAsync(default);

        await using var versions = _dataSource.CreateCommand($"SELECT count(*) FROM {_schema}.schema_version");
        Assert.Equal(1L, await versions.ExecuteScalarAsync());
    }

    private static OrchestrationCommit Step(OrchestrationWorkItem item) => new(
        item.Instance.InstanceId,
        item.Instance.ExecutionId,
        item.Messages.Select(m => m.Id).ToArray(),
        [new OrchestratorStartedEvent(Now), item.Messages.Single().Event],
        item.Instance with { Status = OrchestrationRuntimeStatus.Running })
    {
        ReplayedHistoryLength = item.History.Count,
    };
}
