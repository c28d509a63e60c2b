using MentorFlows.Functions.Durable;
using MentorFlows.Workflows.Ingestion;
using MentorFlows.Workflows.Matching;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace MentorFlows.Functions.Functions.Activities;

/// <summary>
/// A cohort's ingestion: apply the upload, end the matches a correction broke, start the scheme-level instances, match, start the new matches' lifecycles.
/// Each is a shim: the Workflows activity of the same name, run by <see cref="ActivityRunner"/> with the bound Durable client.
/// </summary>
public static class IngestionActivities
{
    [Function(nameof(ApplyCohortUploadActivity))]
    public static Task<ApplyCohortUploadResult> ApplyCohortUpload([ActivityTrigger] ApplyCohortUploadInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<ApplyCohortUploadActivity, ApplyCohortUploadInput, ApplyCohortUploadResult>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(EndBrokenMatchesActivity))]
    public static Task<IReadOnlyList<string>> EndBrokenMatches([ActivityTrigger] ApplyCohortUploadInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<EndBrokenMatchesActivity, ApplyCohortUploadInput, IReadOnlyList<string>>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(EnsureSchemeInstancesActivity))]
    public static Task<int> EnsureSchemeInstances([ActivityTrigger] DateTime input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<EnsureSchemeInstancesActivity, DateTime, int>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(MatchWaitingMenteesActivity))]
    public static Task<MatchingResult> MatchWaitingMentees([ActivityTrigger] MatchingInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<MatchWaitingMenteesActivity, MatchingInput, MatchingResult>(input, client, instanceId, executionContext, cancellationToken);

    [Function(nameof(StartMatchLifecyclesActivity))]
    public static Task<int> StartMatchLifecycles([ActivityTrigger] StartLifecyclesInput input, [DurableClient] DurableTaskClient client, string instanceId, FunctionContext executionContext, CancellationToken cancellationToken) =>
        ActivityRunner.RunAsync<StartMatchLifecyclesActivity, StartLifecyclesInput, int>(input, client, instanceId, executionContext, cancellationToken);
}
