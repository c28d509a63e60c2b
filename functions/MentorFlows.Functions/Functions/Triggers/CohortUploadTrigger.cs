using Azure;
using Azure.Storage.Blobs;
using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Commands;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Functions.Functions.Triggers;

/// <summary>
/// A cohort file lands in the <c>cohorts</c> container: Event Grid (BlobCreated, subscription made by
/// infra/hooks/postdeploy.sh for <c>Host.Functions.OnCohortUploaded</c>) calls this trigger, which hands the file to
/// <see cref="SchemeCommands.UploadCohortAsync"/>: stored under its upload id (file name + content hash, so the same
/// file twice is ingested once) and ingested by <c>CohortIngestionOrchestrator</c>, which deletes its copy once applied
/// or rejected. The uploaded blob itself is deleted as soon as the command has stored that copy: a cohort file is
/// everyone's personal data and must not outlive its ingestion (DOMAIN.md), and a failure before that point leaves it
/// for the extension's retry. A file received on or after the scheme's closure is refused by the command (nothing
/// stored, nothing ingested): this logs it by upload id and leaves the blob, the only copy, for the coordinator, who
/// deletes it or uploads it again once next year's scheme file is deployed.
/// </summary>
public static class CohortUploadTrigger
{
    /// <summary>The container infra/ creates and subscribes (storage.bicep <c>cohortsContainerName</c>).</summary>
    public const string Container = "cohorts";

    [Function(nameof(OnCohortUploaded))]
    public static async Task OnCohortUploaded(
        [BlobTrigger(Container + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = "AzureWebJobsStorage")] BlobClient blob,
        string name,
        [DurableClient] DurableTaskClient client,
        FunctionContext executionContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(executionContext);
        var services = executionContext.InstanceServices;
        services.GetRequiredService<BoundDurableClient>().Bind(client);
        var log = executionContext.GetLogger(nameof(OnCohortUploaded));

        BinaryData content;
        try
        {
            content = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // A repeated event for a blob this trigger has handed over and deleted already.
            log.LogInformation("A cohort upload event found no blob (handled already).");
            return;
        }

        var receipt = await services.GetRequiredService<SchemeCommands>().UploadCohortAsync(name, content.ToMemory(), cancellationToken).ConfigureAwait(false);
        if (receipt.Outcome == CohortUploadOutcome.SchemeClosed)
        {
            // Nothing was stored: the blob is the only copy, left for the coordinator to see and delete.
            log.LogWarning(
                "Cohort upload {UploadId} refused: received on or after the scheme's closure; nothing stored, the blob is left in place. Upload it with next year's scheme file (start and end).",
                receipt.UploadId);
            return;
        }

        await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        log.LogInformation("Cohort upload {UploadId} {Outcome}.", receipt.UploadId, receipt.AlreadyReceived ? "was received before" : "is being ingested");
    }
}
