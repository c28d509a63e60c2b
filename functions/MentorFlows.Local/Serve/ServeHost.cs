using MentorFlows.Api;
using MentorFlows.Api.Http;
using MentorFlows.Local.Intake;
using MentorFlows.Runtime;
using MentorFlows.Runtime.Engine;
using MentorFlows.Workflows;
using MentorFlows.Local.Email;
using MentorFlows.Workflows.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Local.Serve;

/// <summary>
/// Builds the <c>serve</c> host: Kestrel and the HTTP API, the scheme's workflows on the embedded durable runtime
/// driven by the real clock (<see cref="TimeProvider.System"/> unless the caller registers another), the stores, the
/// mailer and the cohort intake folder. The content root is the program's folder (appsettings.json lives there),
/// whatever the current directory; paths in configuration are relative to the current directory.
/// </summary>
public static class ServeHost
{
    /// <param name="options">The command line.</param>
    /// <param name="customize">Runs before configuration is read: tests add configuration, a clock, a log sink.</param>
    /// <param name="cancellationToken">Cancels loading the email templates.</param>
    /// <exception cref="ServeConfigurationException">The configuration cannot be used; the message lists every problem.</exception>
    public static async Task<WebApplication> BuildAsync(ServeOptions options, Action<WebApplicationBuilder>? customize = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = options.Development ? Environments.Development : null,
            ApplicationName = typeof(ServeHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(options.Urls);

        builder.Logging.QuietFrameworkRequestLogs();
        customize?.Invoke(builder);

        var settings = ServeSettingsReader.Read(builder.Configuration, options);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.Limits.MaxRequestBodyBytes;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueCountLimit = 64;
            form.MultipartBodyLengthLimit = settings.Limits.MaxRequestBodyBytes;
        });

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(new ParticipantLinkSigner(settings.LinkSigningKey.Span));
        if (settings.DevelopmentKeys.Contains(ServeStores.ConcernKeyKey))
        {
            builder.Configuration.AddInMemoryCollection([new(ServeStores.ConcernKeyKey, Convert.ToBase64String(DevelopmentKeys.ConcernKey()))]);
        }

        ServeStores.Add(services, builder.Configuration, settings);
        ServeMail.Add(services, builder.Configuration, settings);
        services.AddMentorFlowsWorkflows(new WorkflowOptions
        {
            Scheme = settings.Scheme,
            Templates = await SchemeTemplates.LoadAsync(settings.Scheme, cancellationToken),
            ApiBase = settings.ApiBase,
            LinkSigningKey = settings.LinkSigningKey,
            PseudonymKey = settings.PseudonymKey,
        });
        services.AddEmbeddedDurableRuntime(runtime =>
        {
            // Two requests for the same student race to start the same instance id: the second finds it, never fails.
            runtime.DuplicateStart = DuplicateStartBehavior.Ignore;
        });
        services.AddMentorFlowsApi(settings.Limits, settings.CoordinatorKey);
        if (settings.KnownProxies.Count > 0)
        {
            // Only the configured proxies are believed (not even loopback, which ASP.NET Core trusts by default): a
            // client elsewhere could otherwise choose its own rate-limit bucket by sending X-Forwarded-For. No hop
            // limit: addresses are taken from the right while each sender is a known proxy, so chains work.
            services.Configure<ForwardedHeadersOptions>(forwarded =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
                forwarded.ForwardLimit = null;
                forwarded.KnownIPNetworks.Clear();
                forwarded.KnownProxies.Clear();
                foreach (var proxy in settings.KnownProxies)
                {
                    forwarded.KnownProxies.Add(proxy);
                }
            });
        }

        if (settings.Intake is { } intake)
        {
            services.AddSingleton(intake);
            services.AddSingleton<IntakeFileProcessor>();
            services.AddHostedService<CohortIntakeService>();
        }

        var app = builder.Build();
        if (settings.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseApiRequestLog();
        app.UseExceptionHandler();
        app.UseEmptyStatusProblems();
        app.UseRouting();
        app.UseRateLimiter();
        app.MapMentorFlowsApi();
        return app;
    }
}
