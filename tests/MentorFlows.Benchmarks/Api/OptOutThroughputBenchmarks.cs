using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorFlows.Local.Serve;
using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Engine;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace MentorFlows.Benchmarks.Api;

/// <summary>
/// Requests per second on the opt-out route of <c>serve</c> (Kestrel on 127.0.0.1, in-memory stores, outbox file,
/// logging off), <see cref="Concurrency"/> requests in flight from one HttpClient in the same process. Each operation
/// is one request; requests/s = 1 / mean. <c>FirstOptOut</c>: a one-click POST for a student still in the scheme (it
/// starts the leaving workflow, whose confirmation email and erasure timer run in the background meanwhile);
/// <c>RepeatedOptOut</c>: the same POST for a student who has left (answered from the stores); <c>ConfirmationPage</c>:
/// the GET page. The cohort is mentees only, so nothing else (matching, intros) competes.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class OptOutThroughputBenchmarks
{
    public const int Batch = 1000;
    public const int Concurrency = 32;

    private const int Mentees = 8 * Batch;
    private static readonly byte[] LinkKey = [.. Enumerable.Repeat((byte)0x11, 32)];

    private readonly ParticipantLinkSigner _signer = new(LinkKey);
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private string _folder = null!;
    private int _next;
    private string[] _batch = [];
    private string[] _left = [];

    [GlobalSetup]
    public async Task StartHostAsync()
    {
        _folder = Directory.CreateTempSubdirectory("mentorflows-bench-").FullName;
        _app = await ServeHost.BuildAsync(new ServeOptions("http://127.0.0.1:0", ServeOptions.MemoryStore, null, Development: false), builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MentorFlows:LinkSigningKey"] = Convert.ToBase64String(LinkKey),
                ["MentorFlows:PseudonymKey"] = Convert.ToBase64String([.. Enumerable.Repeat((byte)0x22, 32)]),
                ["MentorFlows:CoordinatorKey"] = "benchmark-coordinator-key",
                ["MentorFlows:OutboxFile"] = Path.Combine(_folder, "outbox.jsonl"),
                ["MentorFlows:Api:ParticipantPermitsPerMinute"] = "100000000",
                ["MentorFlows:Api:ParticipantBurst"] = "100000000",
            });
            builder.Services.AddSingleton<TimeProvider>(new VirtualTimeProvider(new DateTimeOffset(2025, 10, 20, 11, 0, 0, TimeSpan.Zero)));
            builder.Logging.ClearProviders();
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = new Uri(address.TrimEnd('/') + "/") };

        using var upload = new HttpRequestMessage(HttpMethod.Put, "api/cohorts/bench.csv") { Content = new StringContent(Cohort(), Encoding.UTF8, "text/csv") };
        upload.Headers.Add("X-Coordinator-Key", "benchmark-coordinator-key");
        using var uploaded = await _client.SendAsync(upload);
        uploaded.EnsureSuccessStatusCode();
        var uploadId = System.Text.Json.JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("uploadId").GetString()!;
        await _app.Services.GetRequiredService<IOrchestrationClient>().WaitForInstanceCompletionAsync(uploadId);

        _left = NextBatch();
        await SendAllAsync(_left, PostOptOut);
        await IdleAsync();
    }

    [GlobalCleanup]
    public async Task StopHostAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup(Target = nameof(FirstOptOut))]
    public void TakeNewStudents()
    {
        IdleAsync().GetAwaiter().GetResult();
        _batch = NextBatch();
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task FirstOptOut() => SendAllAsync(_batch, PostOptOut);

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task RepeatedOptOut() => SendAllAsync(_left, PostOptOut);

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task ConfirmationPage() => SendAllAsync(_left, id => _client.GetAsync($"api/optout?token={Token(id)}"));

    private Task<HttpResponseMessage> PostOptOut(string studentId) =>
        _client.PostAsync($"api/optout?token={Token(studentId)}", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

    private string Token(string studentId) => _signer.Sign(new ParticipantLinkClaims(LinkPurpose.OptOut, studentId, Instant.FromUtc(2026, 6, 1, 0, 0)));

    private static async Task SendAllAsync(string[] students, Func<string, Task<HttpResponseMessage>> send)
    {
        using var gate = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(students.Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await send(id);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"Opt-out answered {(int)response.StatusCode}.");
                }
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private string[] NextBatch()
    {
        var batch = Enumerable.Range(_next, Batch).Select(Id).ToArray();
        _next += Batch;
        return _next <= Mentees ? batch : throw new InvalidOperationException("The benchmark ran out of students: raise Mentees.");
    }

    private Task IdleAsync() => _app.Services.GetRequiredService<EmbeddedDurableEngine>().RunUntilIdleAsync();

    private static string Id(int n) => (30_000_000 + n).ToString(CultureInfo.InvariantCulture);

    private static string Cohort()
    {
        var csv = new StringBuilder("student_id,first_name,last_name,email,role,school,course,gender,gender_preference,date_of_birth,mentor_capacity,training_completed,contract_signed,right_to_work_checked,can_mentor_under_18,at_risk,at_risk_consent,conflicts\n");
        for (var n = 0; n < Mentees; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Id(n)},Student,Number{n},s{Id(n)}@example.ac.uk,mentee,School of Law,LLB Law,,,2006-01-01,,,,,,no,,\n");
        }

        return csv.ToString();
    }
}
