using System.CommandLine;
using MentorFlows.Domain.Scheme;
using MentorFlows.Local.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MentorFlows.Local.Serve;

/// <summary>
/// <c>serve [--urls URL] [--store memory|CONNECTION] [--scheme S.json] [--dev]</c> (DESIGN.md): the real-time local
/// host. Runs until Ctrl+C. Exit code 0 after a clean stop, 2 when the configuration is unusable (each problem on
/// an <c>error:</c> line naming the key) or the address cannot be bound.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen, ';'-separated. Default: {ServeOptions.DefaultUrls}.", HelpName = "URL", DefaultValueFactory = _ => ServeOptions.DefaultUrls };
        var store = new Option<string>("--store") { Description = "memory (default: gone when the process ends) or a PostgreSQL connection string.", HelpName = "memory|CONNECTION", DefaultValueFactory = _ => ServeOptions.MemoryStore };
        var scheme = CommonArguments.SchemeOption();
        var development = new Option<bool>("--dev") { Description = "Use fixed development keys where none are configured (never with real participants)." };
        var command = new Command("serve", "Run the scheme in real time: the HTTP API under /api, the cohort intake folder, the real clock.")
        {
            urls, store, scheme, development,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new ServeOptions(parseResult.GetRequiredValue(urls), parseResult.GetRequiredValue(store), parseResult.GetValue(scheme), parseResult.GetValue(development));
            var configuration = parseResult.InvocationConfiguration;
            return (int)await RunAsync(options, configuration.Output, configuration.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<ExitCode> RunAsync(ServeOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        WebApplication app;
        try
        {
            app = await ServeHost.BuildAsync(options, cancellationToken: cancellationToken);
        }
        catch (ServeConfigurationException ex)
        {
            foreach (var line in ex.Message.Split(Environment.NewLine))
            {
                await error.WriteLineAsync($"error: {line}");
            }

            return ExitCode.UsageError;
        }

        await using (app)
        {
            var settings = app.Services.GetRequiredService<ServeSettings>();
            foreach (var key in settings.DevelopmentKeys)
            {
                await error.WriteLineAsync($"warning: {key} is not configured; --dev uses a published development key: never use it with real participants");
            }

            if (SchemeDatesWarning.For(app.Services.GetRequiredService<SchemeCalendar>(), settings.SchemeSource, app.Services.GetRequiredService<TimeProvider>().GetUtcNow()) is { } datesWarning)
            {
                await error.WriteLineAsync(datesWarning);
            }

            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                await error.WriteLineAsync($"error: cannot listen on {options.Urls}: {ex.Message}");
                return ExitCode.UsageError;
            }

            await PrintBannerAsync(output, app, settings);
            await app.WaitForShutdownAsync(cancellationToken);
        }

        return ExitCode.Success;
    }

    private static async Task PrintBannerAsync(TextWriter output, WebApplication app, ServeSettings settings)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        await output.WriteLineAsync($"MentorFlows is serving '{settings.Scheme.Name}' ({settings.SchemeSource}) on {string.Join(", ", addresses)}");
        await output.WriteLineAsync($"  links in emails: {settings.ApiBase}");
        await output.WriteLineAsync($"  store: {settings.Store}; mail: {(settings.UseSendGrid ? "SendGrid" : settings.OutboxFile)}");
        await output.WriteLineAsync($"  intake folder: {settings.Intake?.Folder ?? "(none: set MentorFlows:IntakeFolder)"}");
        await output.WriteLineAsync($"  OpenAPI: {addresses.FirstOrDefault()?.TrimEnd('/')}/api/openapi/v1.json");
        await output.WriteLineAsync("Press Ctrl+C to stop.");
    }
}
