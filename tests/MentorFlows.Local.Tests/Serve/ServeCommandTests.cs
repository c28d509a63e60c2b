using System.Net;
using MentorFlows.Local.Cli;
using MentorFlows.Local.Serve;
using MentorFlows.Local.Tests.Cli;
using MentorFlows.Runtime.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MentorFlows.Local.Tests.Serve;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_WithoutKeys_ExitsWithUsageError_NamingEachKey()
    {
        var run = await CliRun.RunAsync("serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Contains(run.Error, line => line.StartsWith("error: MentorFlows:LinkSigningKey is not set", StringComparison.Ordinal));
        Assert.Contains(run.Error, line => line.StartsWith("error: MentorFlows:CoordinatorKey is not set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_BadConnectionString_ExitsWithUsageError_WithoutPrintingIt()
    {
        var run = await CliRun.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--dev", "--store", "Host=db;Nonsense Keyword=secret-pw");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.DoesNotContain(run.Error, line => line.Contains("secret-pw", StringComparison.Ordinal));
        Assert.Contains(run.Error, line => line.Contains("Npgsql connection string", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_Dev_ServesUntilStopped_ThenExits0()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var run = MentorFlowsCli.RunAsync(["serve", "--dev", "--urls", "http://127.0.0.1:0"], TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), stop.Token);
        while (!stdout.ToString().Contains("Press Ctrl+C", StringComparison.Ordinal) && !run.IsCompleted)
        {
            await Task.Delay(50);
        }

        var address = stdout.ToString().Split('\n').First(l => l.StartsWith("MentorFlows is serving", StringComparison.Ordinal)).Split(" on ")[1].Trim();
        using var client = new HttpClient();
        using var document = await client.GetAsync($"{address}/api/openapi/v1.json");
        await stop.CancelAsync();

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal((int)ExitCode.Success, await run);
        Assert.Contains("warning: MentorFlows:LinkSigningKey is not configured; --dev uses a published development key", stderr.ToString(), StringComparison.Ordinal);

        // The real clock is past the built-in scheme's end (30 April 2026) for good: serve says so once, at start-up.
        Assert.Single(stderr.ToString().Split('\n'), line => line.StartsWith("warning: the scheme year in built-in defaults is over (start 2025-10-01, end 2026-04-30)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_RunsOnTheRealClock_WithItsContentRootInTheProgramFolder()
    {
        await using var app = await ServeHost.BuildAsync(new ServeOptions("http://127.0.0.1:0", "memory", null, Development: true));

        Assert.Same(TimeProvider.System, app.Services.GetRequiredService<TimeProvider>());
        Assert.Same(TimeProvider.System, app.Services.GetRequiredService<EmbeddedDurableEngine>().TimeProvider);
        Assert.Equal(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), Path.TrimEndingDirectorySeparator(app.Services.GetRequiredService<IHostEnvironment>().ContentRootPath));
    }
}
