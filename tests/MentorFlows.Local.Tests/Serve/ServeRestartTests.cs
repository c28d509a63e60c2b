using System.Net;
using MentorFlows.Local.Tests.Api;
using MentorFlows.Runtime.Clock;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Stores;
using Npgsql;

namespace MentorFlows.Local.Tests.Serve;

/// <summary>
/// <c>serve --store CONNECTION</c>: a second process on the same database carries on where the first stopped. The
/// clock moves on between the two, as it would while the host was down.
/// </summary>
public sealed class ServeRestartTests
{
    [PostgresFact]
    public async Task Restart_OnPostgres_ResumesConcernsTimersAndCheckInRounds_WithoutSendingAnythingTwice()
    {
        var connection = PostgresFactAttribute.RequireConnectionString();
        var suffix = Guid.NewGuid().ToString("N")[..12];
        using var folder = new TemporaryDirectory();
        var settings = new Dictionary<string, string?>
        {
            ["MentorFlows:Postgres:RuntimeSchema"] = $"mf_test_rt_{suffix}",
            ["MentorFlows:Postgres:SchemeSchema"] = $"mf_test_sc_{suffix}",
            ["MentorFlows:DataProtection:ConcernKey"] = Convert.ToBase64String([.. Enumerable.Repeat((byte)0x44, 32)]),
            ["MentorFlows:OutboxFile"] = Path.Combine(folder.Path, "outbox.jsonl"),
        };
        try
        {
            string reference;
            int emailsBefore;
            await using (var first = await ApiHost.StartAsync(settings, connection))
            {
                await first.UploadAsync(SampleCohort.Csv);
                using var concern = await first.Client.PostAsync($"api/concerns/report?token={first.Token(LinkPurpose.Concern, SampleCohort.Mentee)}",
                    Problem.Json("{\"about\":\"20220114\",\"category\":\"boundaries\",\"description\":\"Messages every night.\"}"));
                reference = (await Problem.JsonAsync(concern, HttpStatusCode.Accepted)).GetProperty("reference").GetString()!;
                using var optOut = await first.Client.PostAsync($"api/optout?token={first.Token(LinkPurpose.OptOut, "20250102")}", null);
                await first.IdleAsync();
                emailsBefore = Outbox(folder).Count;
                Assert.Contains(Outbox(folder), e => e.Kind == "concern-ack");
            }

            // Three days later (past the 2-working-day reminder), then the first monthly check-in round.
            var clock = new VirtualTimeProvider(ApiHost.Start.AddDays(3));
            await using var second = await ApiHost.StartAsync(settings, connection, clock);
            await second.IdleAsync();

            Assert.Equal(ParticipantStatus.OptedOut, await second.StatusAsync("20250102"));
            Assert.Equal(ParticipantStatus.Active, await second.StatusAsync(SampleCohort.Mentee));
            var detail = await Problem.JsonAsync(await second.Coordinator.GetAsync($"api/coordinator/concerns/{reference}"), HttpStatusCode.OK);
            Assert.Equal("Messages every night.", detail.GetProperty("text").GetString());
            Assert.Single(Outbox(folder), e => e.Kind == "coordinator-reminder");
            Assert.Equal(emailsBefore + 1, Outbox(folder).Count);

            using var decision = await second.Coordinator.PostAsync($"api/coordinator/concerns/{reference}/decision", Problem.Json("{\"outcome\":\"adviceGiven\"}"));
            Assert.Equal(HttpStatusCode.Accepted, decision.StatusCode);
            clock.AdvanceTo(new DateTimeOffset(2025, 11, 3, 12, 0, 0, TimeSpan.Zero));
            await second.IdleAsync();

            Assert.Equal(ConcernStatus.Decided, Assert.Single(await second.ConcernsAsync()).Status);
            Assert.Equal(27, Outbox(folder).Count(e => e.Kind == "checkin-mentee"));
            Assert.Equal(Outbox(folder).Count, Outbox(folder).Select(e => e.Id).Distinct().Count());
        }
        finally
        {
            await using var dataSource = NpgsqlDataSource.Create(connection);
            foreach (var schema in new[] { settings["MentorFlows:Postgres:RuntimeSchema"], settings["MentorFlows:Postgres:SchemeSchema"] })
            {
                await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    private static IReadOnlyList<Local.Outbox.OutboxEntry> Outbox(TemporaryDirectory folder) =>
        Local.Outbox.OutboxFile.ReadAll(Path.Combine(folder.Path, "outbox.jsonl"));
}
