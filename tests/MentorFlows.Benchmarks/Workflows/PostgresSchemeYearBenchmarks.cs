using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorFlows.Domain.Scheme;
using MentorFlows.Runtime;
using MentorFlows.Runtime.Database;
using MentorFlows.Runtime.Simulation;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace MentorFlows.Benchmarks.Workflows;

/// <summary>
/// <see cref="SchemeYearBenchmarks"/>' year with every store in PostgreSQL (the runtime's and the scheme data's, as
/// <c>serve --store CONNECTION</c> keeps them): what a durable deployment costs over memory. Needs
/// MENTORFLOWS_TEST_POSTGRES (scripts/postgres.sh prints it); each iteration uses fresh schemas, dropped afterwards.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, iterationCount: 3, warmupCount: 1)]
[MemoryDiagnoser]
public class PostgresSchemeYearBenchmarks
{
    private readonly IConfiguration _configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["MentorFlows:DataProtection:ConcernKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) })
        .Build();

    private byte[] _cohort = [];
    private string _connection = "";
    private PostgresSchemas _schemas = PostgresSchemas.Default;

    [Params(300)]
    public int Mentees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _connection = Environment.GetEnvironmentVariable("MENTORFLOWS_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set MENTORFLOWS_TEST_POSTGRES to the connection string scripts/postgres.sh prints.");
        _cohort = YearCohortFile.Create(Mentees, Mentees * 7 / 30);
    }

    [IterationSetup]
    public void NewSchemas() => _schemas = new PostgresSchemas($"mf_bench_{Guid.NewGuid():N}", $"mf_bench_{Guid.NewGuid():N}");

    [Benchmark]
    public async Task<int> SimulatedYearOnPostgres()
    {
        var mailer = new CountingMailer();
        var schemas = _schemas;
        var result = await SchemeSimulator.RunAsync(new SimulationRequest
        {
            Scheme = SchemeDefaults.Settings,
            CohortFileName = "cohort.csv",
            CohortContent = _cohort,
            Mailer = mailer,
            Stores = services => services.AddMentorFlowsStores(_connection, _configuration, schemas),
        });
        return result.Summary.PersonalDataRemaining == 0
            ? mailer.Sent
            : throw new InvalidOperationException($"{result.Summary.PersonalDataRemaining} records still hold personal data.");
    }

    [IterationCleanup]
    public void DropSchemas()
    {
        using var dataSource = NpgsqlDataSource.Create(_connection);
        using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS {_schemas.Runtime} CASCADE; DROP SCHEMA IF EXISTS {_schemas.Scheme} CASCADE");
        drop.ExecuteNonQuery();
    }
}
