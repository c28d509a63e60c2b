using MentorFlows.Runtime.Clock;
using MentorFlows.Runtime.Engine;
using MentorFlows.Runtime.History;
using MentorFlows.Runtime.Tests.Conformance.Samples;
using MentorFlows.Runtime.Tests.Support;
using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Runtime.Tests.Conformance;

public abstract partial class OrchestrationConformanceTests
{
    private const string Enrolment = "enrolment-1";

    [StoreFact]
    public async Task CrashBetweenAnyTwoSteps_RestartCompletesWithEachEffectOnceAndNoEventLost()
    {
        var clean = await RunCrashingAsync(int.MaxValue, CrashPoint.BeforeWrite);
        Assert.False(clean.Crashed);
        Assert.InRange(clean.Writes, 12, 40);
        var reRunsAfterCrashes = 0;

        foreach (var point in new[] { CrashPoint.BeforeWrite, CrashPoint.AfterWrite })
        {
            // A run has a write or two fewer or more than the clean one when two results land in one episode or two.
            var crashes = 0;
            for (var write = 1; write <= clean.Writes + 2; write++)
            {
                var run = await RunCrashingAsync(write, point);
                var where = $"crash {point} write {write} of {clean.Writes}";
                Assert.True(run.Crashed || run.Writes < write, where);
                crashes += run.Crashed ? 1 : 0;
                Assert.True(run.Done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{where}: {run.Done.RuntimeStatus} {run.Done.FailureDetails}");
                Assert.Equal("S001: approved=True, closed", run.Done.ReadOutputAs<string>());
                Assert.Equal(EnrolmentSample.ExpectedEffects(Enrolment).Order(), run.Ledger.Applied.Order());
                AssertEachTaskAnsweredOnce(run.History, where);
                reRunsAfterCrashes += run.Ledger.ReRuns - clean.Ledger.ReRuns;
            }

            Assert.InRange(crashes, clean.Writes - 2, clean.Writes + 2);
        }

        Assert.True(reRunsAfterCrashes > 0, "No crash made an activity run again: the test did not exercise at-least-once delivery.");
    }

    private static void AssertEachTaskAnsweredOnce(IReadOnlyList<HistoryEvent> history, string where)
    {
        var answers = history
            .Select(e => e switch
            {
                TaskCompletedEvent c => (int?)c.TaskScheduledId,
                TaskFailedEvent f => f.TaskScheduledId,
                TimerFiredEvent t => t.TimerId,
                SubOrchestrationCompletedEvent s => s.TaskScheduledId,
                _ => null,
            })
            .OfType<int>()
            .ToArray();
        Assert.True(answers.Length == answers.Distinct().Count(), $"{where}: a step was answered twice ({string.Join(",", answers)}).");
    }

    /// <summary>
    /// Runs <see cref="EnrolmentSample"/> on an engine that dies at the given write, then on a new engine over the
    /// same store, as a restarted process. The caller retries a start or raise that failed in the crash (a start
    /// is idempotent here: <see cref="DuplicateStartBehavior.Ignore"/>).
    /// </summary>
    private async Task<CrashRun> RunCrashingAsync(int crashAtWrite, CrashPoint point)
    {
        var store = await CreateStoreAsync();
        var ledger = new EffectLedger();
        var clock = new VirtualTimeProvider(Harness.Start);
        var options = new EmbeddedRuntimeOptions { DuplicateStart = DuplicateStartBehavior.Ignore, MaxConcurrentActivities = 2 };
        void Register(WorkflowRegistry registry) => registry
            .AddOrchestrator(nameof(EnrolmentSample), _ => new EnrolmentSample())
            .AddOrchestrator(nameof(ClosureSample), _ => new ClosureSample())
            .AddActivity(nameof(RecordEffect), _ => new RecordEffect(ledger));

        var crashing = new CrashingStore(store, crashAtWrite, point);
        var (started, raised) = (false, false);
        await using (var first = new Harness(crashing, Register, clock, options))
        {
            try
            {
                await first.StartAsync(nameof(EnrolmentSample), "S001", Enrolment);
                started = true;
                await first.Client.RaiseEventAsync(Enrolment, "approved", true);
                raised = true;
                await first.Engine.RunToEndAsync();
            }
            catch (SimulatedCrashException)
            {
            }
        }

        var second = Track(new Harness(Reopen(store), Register, clock, options));
        if (!started)
        {
            await second.StartAsync(nameof(EnrolmentSample), "S001", Enrolment);
        }

        if (!raised)
        {
            await second.Client.RaiseEventAsync(Enrolment, "approved", true);
        }

        var done = await second.RunToEndAsync(Enrolment);
        var history = await second.Engine.Store.GetHistoryAsync(Enrolment, default);
        return new CrashRun(crashing.Crashed, crashing.Writes, done, ledger, history);
    }

    private sealed record CrashRun(bool Crashed, int Writes, OrchestrationMetadata Done, EffectLedger Ledger, IReadOnlyList<HistoryEvent> History);
}
