using Azure.Core.Serialization;
using MentorFlows.Api;
using MentorFlows.Functions.Durable;
using MentorFlows.Functions.Hosting;
using MentorFlows.Functions.Storage;
using MentorFlows.SendGrid;
using MentorFlows.TableStorage;
using MentorFlows.TableStorage.Gateway;
using MentorFlows.Workflows;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Email.Templates;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlows.Functions;

/// <summary>
/// The Azure host's services: the same workflows as the local host (<see cref="Workflows.DependencyInjection.AddMentorFlowsWorkflows"/>)
/// over Durable Functions, Azure Tables and Blob storage, and SendGrid. Nothing here decides anything: each line picks
/// an adapter.
/// </summary>
public static class DependencyInjection
{
    /// <exception cref="InvalidOperationException">A setting is missing or unusable (<see cref="FunctionsSettingsReader"/>, <see cref="StorageClients"/>).</exception>
    public static async Task<IServiceCollection> AddMentorFlowsAzureHostAsync(this IServiceCollection services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = FunctionsSettingsReader.Read(configuration, AppContext.BaseDirectory);
        services.AddSingleton(settings);

        // Orchestration inputs, outputs and events in the same JSON as on the embedded runtime (camelCase, enums by
        // name): the Durable extension serializes with the worker's ObjectSerializer.
        services.Configure<WorkerOptions>(options => options.Serializer = new JsonObjectSerializer(WorkflowJson.Options));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<BoundDurableClient>();
        services.AddSingleton<IOrchestrationClient, DurableOrchestrationClientAdapter>();

        var storage = StorageClients.FromConfiguration(configuration);
        services.AddSingleton<ITableGateways>(new AzureTableGateways(storage.Tables));
        services.AddSingleton<ICohortFileStore>(new BlobCohortFileStore(storage.Blobs));
        services.AddTableSchemeStores(settings.TextProtector);

        if (SendGridOptions.IsConfiguredIn(configuration))
        {
            services.AddSendGridMailer(configuration);
        }
        else
        {
            services.AddSingleton<IMailer, MailNotConfiguredMailer>();
        }

        // The HTTP API's services (problem details, JSON as in serve, the keys); its routes are Functions/Http.
        services.AddSingleton(new ParticipantLinkSigner(settings.LinkSigningKey.Span));
        services.AddMentorFlowsApi(settings.Limits, settings.CoordinatorKey);

        services.AddMentorFlowsWorkflows(new WorkflowOptions
        {
            Scheme = settings.Scheme,
            Templates = await EmailTemplateSet.LoadAsync(EmbeddedTemplateSource.Instance, cancellationToken).ConfigureAwait(false),
            ApiBase = settings.ApiBase,
            LinkSigningKey = settings.LinkSigningKey,
            PseudonymKey = settings.PseudonymKey,
        });
        return services;
    }
}
