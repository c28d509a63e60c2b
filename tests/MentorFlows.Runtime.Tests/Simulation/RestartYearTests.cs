using System.Security.Cryptography;
using System.Text.Json;
using MentorFlows.Runtime.Database;
using MentorFlows.Runtime.Simulation;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Runtime.Tests.Workflows;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Simulation;
using MentorFlows.Workflows.Timeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MentorFlows.Runtime.Tests.Simulation;

/// <summary>
/// The whole service on PostgreSQL (runtime and scheme data), stopped mid-year and started again as a new process on
/// the same database: the year ends exactly as an uninterrupted run of it does.
/// </summary>
[RequiresPostgres]
public sealed class RestartYearTests : IAsyncLifetime
{
    private static readonly DateTime Stop = YearRun.Utc(2026, 1, 20, 15, 30);
    private readonly PostgresTestSchemas _schemas = new();

    private static CohortCsv Cohort => new CohortCsv()
        .Mentee("S1").Mentee("S2").Mentee("S3").Mentee("S4").Mentor("M1", capacity: 2).Mentor("M2", capacity: 2)
        .Mentee("S5", "History").Mentor("M3", "History", cleared: false);

    private static SimulationEvent[] Events =>
    [
        new CheckInResponseEvent(YearRun.Utc(2025, 11, 5, 12, 0), "S2", true, 2m),
        new OptOutEvent(YearRun.Utc(2025, 11, 10, 12, 0), "S1"),
        new ConcernEvent(YearRun.Utc(2025, 12, 2, 12, 0), "c1", "S2", "M1", "boundaries", false, "private words about a meeting"),
        new CheckInResponseEvent(YearRun.Utc(2026, 1, 12, 12, 0), "S3", true, 3m),
        new ConcernDecisionEvent(YearRun.Utc(2026, 2, 3, 12, 0), "c1", "matchDissolved"),
        new MentorClearedEvent(YearRun.Utc(2026, 2, 10, 12, 0), "M3"),
        new MentorResignedEvent(YearRun.Utc(2026, 3, 2, 12, 0), "M2"),
    ];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _schemas.DisposeAsync();

    [StoreFact]
    public async Task Year_StoppedMidYearAndRestartedOnPostgres_EndsAsTheUninterruptedYearWithEveryEmailSentOnce()
    {
        var uninterruptedMailer = new CallCountingMailer();
        var uninterrupted = await SchemeSimulator.RunAsync(Request(uninterruptedMailer, Events));

        var mailer = new CallCountingMailer();
        var stores = PostgresStores();
        var beforeStop = await SchemeSimulator.RunAsync(Request(mailer, [.. Events.Where(e => e.At < Stop)]) with { Stores = stores, ToUtc = Stop });
        var sentBeforeStop = mailer.Calls;
        var restarted = await SchemeSimulator.RunAsync(
            Request(mailer, [.. Events.Where(e => e.At > Stop)]) with { Stores = stores, FromUtc = Stop, ResumeFromStores = true });

        Assert.InRange(sentBeforeStop, 10, mailer.Sent.Count - 10);
        Assert.True(beforeStop.Summary.PersonalDataRemaining > 0);
        Assert.Equal(mailer.Sent.Count, mailer.Calls);
        Assert.Equal(uninterruptedMailer.Sent.Select(e => e.Id).Order(StringComparer.Ordinal), mailer.Sent.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Lines(uninterrupted.Timeline), Lines(restarted.Timeline));
        Assert.Equal(JsonSerializer.Serialize(uninterrupted.Summary), JsonSerializer.Serialize(restarted.Summary));
        Assert.Equal(uninterrupted.ErasureReceipts, restarted.ErasureReceipts);
        Assert.Equal(0, restarted.Summary.PersonalDataRemaining);
        Assert.All(restarted.Events, e => Assert.NotEqual(CommandOutcome.NotFound, e.Outcome));
    }

    private static SimulationRequest Request(IMailer mailer, IReadOnlyList<SimulationEvent> events) => new()
    {
        Scheme = YearRun.Scheme,
        CohortFileName = "cohort.csv",
        CohortContent = Cohort.ToBytes(),
        Mailer = mailer,
        Events = events,
    };

    /// <summary>Each run a new process: its own pool and stores over the same two schemas, found and migrated on start.</summary>
    private Action<IServiceCollection> PostgresStores()
    {
        var schemas = new PostgresSchemas(_schemas.NewSchema(), _schemas.NewSchema());
        var connection = new NpgsqlConnectionStringBuilder(PostgresTestDatabase.RequireConnectionString()) { MaxPoolSize = 6 }.ConnectionString;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MentorFlows:DataProtection:ConcernKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) })
            .Build();
        return services => services.AddMentorFlowsStores(connection, configuration, schemas);
    }

    private static IEnumerable<string> Lines(IReadOnlyList<TimelineEntry> timeline) => timeline.Select(entry => JsonSerializer.Serialize(entry));
}
