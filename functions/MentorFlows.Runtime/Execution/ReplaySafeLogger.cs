using MentorFlows.Workflows.Orchestration;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Runtime.Execution;

/// <summary>A logger that stays silent while the orchestrator replays, so each line is written once per step.</summary>
internal sealed class ReplaySafeLogger(ILogger inner, IOrchestrationContext context) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => !context.IsReplaying && inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!context.IsReplaying)
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
