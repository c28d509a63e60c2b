using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Benchmarks.Runtime;

/// <summary>Stands for a check-in email: no I/O, so the benchmark measures the runtime, not a mailer.</summary>
public sealed class RecordCheckIn : IActivity<int, int>
{
    public Task<int> RunAsync(IActivityContext context, int input, CancellationToken cancellationToken) => Task.FromResult(1);
}
