using System.Net.Http.Headers;
using System.Net.Http.Json;
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

namespace MentorFlows.Local.Tests.Api;

/// <summary>
/// The real <c>serve</c> host (<see cref="ServeHost"/>) on Kestrel at 127.0.0.1 with a free port, the in-memory
/// stores, the outbox in a temporary folder and a frozen virtual clock (durable timers wait; nothing advances unless a
/// test says so). Tests talk to it over real HTTP.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public const string CoordinatorKey = "test-coordinator-key-0123456789";

    /// <summary>Monday 20 October 2025, 12:00 in London: in the default scheme, inside the contact window.</summary>
    public static readonly DateTimeOffset Start = new(2025, 10, 20, 11, 0, 0, TimeSpan.Zero);

    public static readonly byte[] LinkKey = [.. Enumerable.Repeat((byte)0x11, 32)];

    private readonly TemporaryDirectory _folder;

    private ApiHost(WebApplication app, TemporaryDirectory folder, TimeProvider clock, CapturedLogs logs)
    {
        App = app;
        _folder = folder;
        Clock = clock;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        Coordinator = new HttpClient { BaseAddress = BaseAddress };
        Coordinator.DefaultRequestHeaders.Add("X-Coordinator-Key", CoordinatorKey);
        Signer = new ParticipantLinkSigner(LinkKey);
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    /// <summary>No coordinator key: what a participant's browser sends.</summary>
    public HttpClient Client { get; }

    /// <summary>Sends the coordinator key.</summary>
    public HttpClient Coordinator { get; }

    /// <summary>The host's clock: a <see cref="VirtualTimeProvider"/> unless the test gave another.</summary>
    public TimeProvider Clock { get; }

    public CapturedLogs Logs { get; }

    public ParticipantLinkSigner Signer { get; }

    public string Folder => _folder.Path;

    /// <param name="settings">Configuration on top of the test defaults (keys, high rate limits, the outbox in the host's folder).</param>
    /// <param name="store">The <c>--store</c> value.</param>
    /// <param name="clock">The clock; a <see cref="VirtualTimeProvider"/> frozen at <see cref="Start"/> when null.</param>
    public static async Task<ApiHost> StartAsync(IDictionary<string, string?>? settings = null, string store = ServeOptions.MemoryStore, TimeProvider? clock = null)
    {
        var folder = new TemporaryDirectory();
        clock ??= new VirtualTimeProvider(Start);
        var logs = new CapturedLogs();
        var configuration = new Dictionary<string, string?>
        {
            ["MentorFlows:LinkSigningKey"] = Convert.ToBase64String(LinkKey),
            ["MentorFlows:PseudonymKey"] = Convert.ToBase64String([.. Enumerable.Repeat((byte)0x22, 32)]),
            ["MentorFlows:CoordinatorKey"] = CoordinatorKey,
            ["MentorFlows:PublicBaseUrl"] = "https://mentoring.example.ac.uk",
            ["MentorFlows:OutboxFile"] = Path.Combine(folder.Path, "outbox.jsonl"),
            ["MentorFlows:Api:ParticipantPermitsPerMinute"] = "1000000",
            ["MentorFlows:Api:ParticipantBurst"] = "1000000",
            ["MentorFlows:Api:CoordinatorPermitsPerMinute"] = "1000000",
            ["MentorFlows:Api:CoordinatorBurst"] = "1000000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = await ServeHost.BuildAsync(new ServeOptions("http://127.0.0.1:0", store, null, Development: false), builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
        });
        await app.StartAsync();
        return new ApiHost(app, folder, clock, logs);
    }

    /// <summary>A host with samples/cohort.csv uploaded and ingested.</summary>
    public static async Task<ApiHost> StartWithSampleCohortAsync(IDictionary<string, string?>? settings = null)
    {
        var host = await StartAsync(settings);
        await host.UploadAsync(SampleCohort.Csv);
        return host;
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A link token as scheme emails carry, valid until the scheme's links expire unless <paramref name="expiresAt"/> says otherwise.</summary>
    public string Token(LinkPurpose purpose, string studentId, string scope = "", Instant? expiresAt = null) =>
        Signer.Sign(new ParticipantLinkClaims(purpose, studentId, expiresAt ?? Instant.FromUtc(2026, 6, 1, 0, 0), scope));

    /// <summary>Uploads the cohort CSV as a coordinator and waits until its ingestion (enrolment and matching) is done.</summary>
    public async Task UploadAsync(string csv, string name = "cohort.csv")
    {
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        using var response = await Coordinator.PutAsync($"api/cohorts/{name}", content);
        response.EnsureSuccessStatusCode();
        var uploadId = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("uploadId").GetString()!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await Service<IOrchestrationClient>().WaitForInstanceCompletionAsync(uploadId, cancellation: timeout.Token);
        await IdleAsync();
    }

    /// <summary>Runs every workflow step that is runnable now (the clock does not move): the effects of earlier requests are then in the stores.</summary>
    public async Task IdleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await Service<EmbeddedDurableEngine>().RunUntilIdleAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Coordinator.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _folder.Dispose();
    }

    public static MediaTypeHeaderValue Json => new("application/json");
}
