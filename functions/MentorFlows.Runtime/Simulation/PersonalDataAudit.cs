using System.Text.Json;
using System.Text.RegularExpressions;
using MentorFlows.Runtime.Store;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;
using MentorFlows.Workflows.Timeline;

namespace MentorFlows.Runtime.Simulation;

/// <summary>
/// Counts what still holds personal data: each store's own count of such records, plus every workflow instance whose
/// id, input, output, status or history still names one of the cohort's students (found by scanning for their ids as
/// whole tokens), plus every timeline entry whose id, subject or details still name one of them the same way (a student
/// id is an identifier: erasure replaces it, <see cref="TimelineErasure"/>).
/// </summary>
internal static partial class PersonalDataAudit
{
    public static async Task<int> CountAsync(IServiceProvider services, IOrchestrationStore orchestrations, IReadOnlySet<string> studentIds, CancellationToken cancellationToken)
    {
        var count = 0;
        count += await Get<IParticipantStore>(services).CountPersonalRecordsAsync(cancellationToken);
        count += await Get<IDepartureRegister>(services).CountPersonalRecordsAsync(cancellationToken);
        count += await Get<IMatchStore>(services).CountPersonalRecordsAsync(cancellationToken);
        count += await Get<ICheckInStore>(services).CountPersonalRecordsAsync(cancellationToken);
        count += await Get<ISurveyStore>(services).CountPersonalRecordsAsync(cancellationToken);
        count += await Get<IConcernStore>(services).CountPersonalRecordsAsync(cancellationToken);
        count += await Get<ISentEmailStore>(services).CountPersonalRecordsAsync(cancellationToken);
        count += await Get<ICohortFileStore>(services).CountPersonalRecordsAsync(cancellationToken);
        count += await CountHistoriesNamingStudentsAsync(orchestrations, studentIds, cancellationToken);
        count += await CountTimelineEntriesNamingStudentsAsync(Get<ITimeline>(services), studentIds, cancellationToken);
        return count;
    }

    private static async Task<int> CountHistoriesNamingStudentsAsync(IOrchestrationStore store, IReadOnlySet<string> studentIds, CancellationToken cancellationToken)
    {
        var naming = 0;
        await foreach (var instance in store.QueryInstancesAsync(new OrchestrationQuery(), cancellationToken))
        {
            var history = await store.GetHistoryAsync(instance.InstanceId, cancellationToken);
            var text = string.Join('\n', instance.InstanceId, instance.Input, instance.Output, instance.CustomStatus, JsonSerializer.Serialize(history));
            if (Tokens().Matches(text).Any(token => studentIds.Contains(token.Value)))
            {
                naming++;
            }
        }

        return naming;
    }

    private static async Task<int> CountTimelineEntriesNamingStudentsAsync(ITimeline timeline, IReadOnlySet<string> studentIds, CancellationToken cancellationToken) =>
        (await timeline.ReadAllAsync(cancellationToken))
            .Count(entry => Tokens().Matches(string.Join('\n', [entry.Id, entry.Subject, .. entry.Details?.Values ?? []]))
                .Any(token => studentIds.Contains(token.Value)));

    private static T Get<T>(IServiceProvider services)
        where T : notnull =>
        (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered."));

    [GeneratedRegex("[A-Za-z0-9][A-Za-z0-9._-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
