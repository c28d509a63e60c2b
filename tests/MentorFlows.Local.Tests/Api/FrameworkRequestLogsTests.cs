using MentorFlows.Api.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Local.Tests.Api;

/// <summary>
/// The filter both hosts apply (serve and the Azure worker, which cannot be built here): configured through the
/// service collection, as the Azure worker's Program.cs does.
/// </summary>
public sealed class FrameworkRequestLogsTests
{
    [Fact]
    public void QuietFrameworkRequestLogs_DropsTheFrameworksRequestLinesButKeepsItsWarningsAndOurOwnLogs()
    {
        using var logs = new CapturedLogs();
        using var provider = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs).QuietFrameworkRequestLogs())
            .BuildServiceProvider();
        var factory = provider.GetRequiredService<ILoggerFactory>();

        factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").LogInformation("Request starting GET http://localhost/api/optout?token=secret-token");
        factory.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").LogWarning("Kestrel warning");
        factory.CreateLogger(ApiRequestLog.Category).LogInformation("GET /api/optout 200");

        Assert.DoesNotContain(logs.Lines, line => line.Contains("secret-token", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("Kestrel warning", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("GET /api/optout 200", StringComparison.Ordinal));
    }
}
