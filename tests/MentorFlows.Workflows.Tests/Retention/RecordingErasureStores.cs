using MentorFlows.Domain.Matching;
using MentorFlows.Workflows.Email;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Stores;

namespace MentorFlows.Workflows.Tests.Retention;

/// <summary>
/// The stores and the orchestration client the eraser erases from, all empty, counting every call (so a test can
/// tell whether the eraser touched them) and keeping the receipts it was given.
/// </summary>
internal sealed class RecordingErasureStores : IMatchStore, ICheckInStore, ISurveyStore, ISentEmailStore, IErasureLedger, IOrchestrationClient
{
    public int Calls { get; private set; }

    public List<ErasureReceipt> Receipts { get; } = [];

    private Task Touched() => Touched(0);

    private Task<T> Touched<T>(T result)
    {
        Calls++;
        return Task.FromResult(result);
    }

    Task IMatchStore.AddAsync(IReadOnlyList<MatchRecord> matches, CancellationToken cancellationToken) => Touched();
    Task<MatchRecord?> IMatchStore.GetAsync(string matchId, CancellationToken cancellationToken) => Touched<MatchRecord?>(null);
    Task IMatchStore.UpdateAsync(MatchRecord match, CancellationToken cancellationToken) => Touched();
    Task<IReadOnlyList<MatchRecord>> IMatchStore.ListForStudentAsync(string studentId, CancellationToken cancellationToken) => Touched<IReadOnlyList<MatchRecord>>([]);
    Task<IReadOnlyList<MatchRecord>> IMatchStore.ListByBatchAsync(string batchId, CancellationToken cancellationToken) => Touched<IReadOnlyList<MatchRecord>>([]);
    Task<IReadOnlyList<MatchRecord>> IMatchStore.ListEndedByAsync(string endedBy, CancellationToken cancellationToken) => Touched<IReadOnlyList<MatchRecord>>([]);
    Task<IReadOnlyList<MatchRecord>> IMatchStore.ListCurrentAsync(CancellationToken cancellationToken) => Touched<IReadOnlyList<MatchRecord>>([]);
    Task<IReadOnlyList<MatchRecord>> IMatchStore.ListCurrentByMentorPageAsync(string? afterMentorId, int maxMentors, CancellationToken cancellationToken) => Touched<IReadOnlyList<MatchRecord>>([]);
    Task IMatchStore.AddExcludedPairAsync(MatchPair pair, CancellationToken cancellationToken) => Touched();
    Task<IReadOnlyList<MatchPair>> IMatchStore.ListExcludedPairsAsync(CancellationToken cancellationToken) => Touched<IReadOnlyList<MatchPair>>([]);
    Task IMatchStore.ReplaceWaitingAsync(IReadOnlyList<WaitingMentee> waiting, CancellationToken cancellationToken) => Touched();
    Task<IReadOnlyList<WaitingMentee>> IMatchStore.ListWaitingAsync(CancellationToken cancellationToken) => Touched<IReadOnlyList<WaitingMentee>>([]);
    Task<int> IMatchStore.EraseStudentAsync(string studentId, CancellationToken cancellationToken) => Touched(0);
    Task<int> IMatchStore.CountPersonalRecordsAsync(CancellationToken cancellationToken) => Touched(0);

    Task ICheckInStore.SaveAsync(CheckInResponse response, CancellationToken cancellationToken) => Touched();
    Task<IReadOnlyList<CheckInResponse>> ICheckInStore.ListForMatchAsync(string matchId, CancellationToken cancellationToken) => Touched<IReadOnlyList<CheckInResponse>>([]);
    Task<int> ICheckInStore.EraseMatchAsync(string matchId, CancellationToken cancellationToken) => Touched(0);
    Task<int> ICheckInStore.CountPersonalRecordsAsync(CancellationToken cancellationToken) => Touched(0);

    Task ISurveyStore.SaveAsync(SurveyResponse response, CancellationToken cancellationToken) => Touched();
    Task<IReadOnlyList<SurveyResponse>> ISurveyStore.ListForStudentAsync(string studentId, CancellationToken cancellationToken) => Touched<IReadOnlyList<SurveyResponse>>([]);
    Task<IReadOnlyList<SurveyResponse>> ISurveyStore.ListCommentedAsync(CancellationToken cancellationToken) => Touched<IReadOnlyList<SurveyResponse>>([]);
    Task<IReadOnlyList<SurveyFigures>> ISurveyStore.FiguresAsync(CancellationToken cancellationToken) => Touched<IReadOnlyList<SurveyFigures>>([]);
    Task<int> ISurveyStore.EraseStudentAsync(string studentId, CancellationToken cancellationToken) => Touched(0);
    Task<int> ISurveyStore.CountPersonalRecordsAsync(CancellationToken cancellationToken) => Touched(0);

    Task<SentEmail?> ISentEmailStore.GetAsync(string emailId, CancellationToken cancellationToken) => Touched<SentEmail?>(null);
    Task ISentEmailStore.AddAsync(SentEmail email, CancellationToken cancellationToken) => Touched();
    Task<int> ISentEmailStore.EraseStudentAsync(string studentId, CancellationToken cancellationToken) => Touched(0);
    Task<IReadOnlyDictionary<EmailKind, int>> ISentEmailStore.CountByKindAsync(CancellationToken cancellationToken) => Touched<IReadOnlyDictionary<EmailKind, int>>(new Dictionary<EmailKind, int>());
    Task<int> ISentEmailStore.CountPersonalRecordsAsync(CancellationToken cancellationToken) => Touched(0);

    Task<bool> IErasureLedger.RecordAsync(ErasureReceipt receipt, SchoolTally tally, CancellationToken cancellationToken)
    {
        Receipts.Add(receipt);
        return Touched(true);
    }

    Task<IReadOnlyList<ErasureReceipt>> IErasureLedger.ListReceiptsAsync(CancellationToken cancellationToken) => Touched<IReadOnlyList<ErasureReceipt>>([.. Receipts]);
    Task<IReadOnlyList<SchoolTally>> IErasureLedger.ListStatisticsAsync(CancellationToken cancellationToken) => Touched<IReadOnlyList<SchoolTally>>([]);

    Task<string> IOrchestrationClient.ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input, StartOrchestrationOptions? options, CancellationToken cancellation) => Touched(options?.InstanceId ?? orchestratorName);
    Task IOrchestrationClient.RaiseEventAsync(string instanceId, string eventName, object? eventPayload, CancellationToken cancellation) => Touched();
    Task<OrchestrationMetadata?> IOrchestrationClient.GetInstanceAsync(string instanceId, bool getInputsAndOutputs, CancellationToken cancellation) => Touched<OrchestrationMetadata?>(null);
    Task<OrchestrationMetadata> IOrchestrationClient.WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs, CancellationToken cancellation) =>
        throw new NotSupportedException("The eraser never waits for an instance.");
    Task IOrchestrationClient.TerminateInstanceAsync(string instanceId, object? output, CancellationToken cancellation) => Touched();
    Task<PurgeResult> IOrchestrationClient.PurgeInstanceAsync(string instanceId, CancellationToken cancellation) => Touched(new PurgeResult(0));
    Task<PurgeResult> IOrchestrationClient.PurgeAllInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation) => Touched(new PurgeResult(0));

    async IAsyncEnumerable<OrchestrationMetadata> IOrchestrationClient.GetAllInstancesAsync(OrchestrationQuery? filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await Touched();
        yield break;
    }
}
