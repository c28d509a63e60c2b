using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorFlows.Runtime.Postgres;
using Npgsql;

namespace MentorFlows.Benchmarks.Runtime;

/// <summary>
/// The same year on the PostgreSQL store: a durable local deployment's throughput (every episode and activity result
/// is a transaction). Needs MENTORFLOWS_TEST_POSTGRES (scripts/postgres.sh prints it); each iteration uses a fresh
/// schema, dropped afterwards.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, iterationCount: 3, warmupCount: 1)]
[MemoryDiagnoser]
public class PostgresYearOfTimersBenchmarks
{
    private NpgsqlDataSource? _dataSource;
    private string _schema = "";

    [Params(500)]
    public int Instances { get; set; }

    [GlobalSetup]
    public void Connect()
    {
        var connection = Environment.GetEnvironmentVariable("MENTORFLOWS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set MENTORFLOWS_TEST_POSTGRES to the connection string scripts/postgres.sh prints.");
        _dataSource = NpgsqlDataSource.Create(connection);
    }

    [IterationSetup]
    public void NewSchema() => _schema = $"mf_bench_{Guid.NewGuid():N}";

    [Benchmark]
    public async Task<int> YearOfMonthlyTimers()
    {
        await using var year = new TimerYear(new PostgresOrchestrationStore(_dataSource!, _schema), Instances, continueAsNew: false);
        return await year.RunYearAsync();
    }

    [IterationCleanup]
    public void DropSchema()
    {
        using var drop = _dataSource!.CreateCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        drop.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void Disconnect() => _dataSource?.Dispose();
}
