using MentorFlows.Workflows.Orchestration;

namespace MentorFlows.Workflows.Year;

/// <summary>How the scheme's activities are retried: every activity is idempotent, so a retry is always safe.</summary>
public static class WorkflowRetries
{
    /// <summary>Five attempts, 30 s apart at first, doubling (mail servers and stores have short outages).</summary>
    public static RetryPolicy Default { get; } = new(5, TimeSpan.FromSeconds(30), 2.0, TimeSpan.FromMinutes(10));
}
