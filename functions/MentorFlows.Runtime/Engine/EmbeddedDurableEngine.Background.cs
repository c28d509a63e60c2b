using MentorFlows.Runtime.Clock;
using Microsoft.Extensions.Logging;

namespace MentorFlows.Runtime.Engine;

/// <summary>The background loop for a long-running host (<c>serve</c>): run, sleep until the next due time or new work, repeat.</summary>
public sealed partial class EmbeddedDurableEngine
{
    /// <summary>Starts the background loop; returns at once. Client calls wake it; due timers wake it on time.</summary>
    public Task StartAsync(CancellationToken cancellation = default)
    {
        if (_background is not null)
        {
            throw new InvalidOperationException("The engine is already running in the background.");
        }

        _stopping = new CancellationTokenSource();
        var stopping = _stopping.Token;
        _background = Task.Run(() => LoopAsync(stopping), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Stops the background loop: in-flight activities are cancelled and left for the next start.</summary>
    public async Task StopAsync(CancellationToken cancellation = default)
    {
        if (_background is null || _stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _background.WaitAsync(cancellation);
        _background = null;
    }

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await EnsureInitializedAsync(stopping);
                DateTime? next;
                await _driving.WaitAsync(stopping);
                try
                {
                    await PumpAsync(stopping);
                    next = await Store.GetNextVisibleTimeAsync(UtcNow(), stopping);
                }
                finally
                {
                    _driving.Release();
                }

                if (TimeProvider is VirtualTimeProvider clock && _options.AdvanceVirtualTimeWhenIdle && next is { } due)
                {
                    clock.AdvanceTo(new DateTimeOffset(due, TimeSpan.Zero));
                    continue;
                }

                var sleep = next is { } at ? at - UtcNow() : _options.IdlePollInterval;
                await SleepAsync(sleep < _options.IdlePollInterval ? sleep : _options.IdlePollInterval, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A store error must not end a long-running host: log, back off, try again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoopError(_logger, ex);
                await SleepAsync(_options.StoreErrorBackoff, stopping);
            }
        }
    }

    /// <summary>Sleeps for <paramref name="delay"/> on the engine's clock, or until a client call brings new work.</summary>
    private async Task SleepAsync(TimeSpan delay, CancellationToken stopping)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var woken = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var wake = _wake.Reader.WaitToReadAsync(woken.Token).AsTask();
        var timer = Task.Delay(delay, TimeProvider, woken.Token);
        await Task.WhenAny(wake, timer);
        await woken.CancelAsync();
        while (_wake.Reader.TryRead(out _))
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The embedded durable runtime's loop failed; it will try again.")]
    private static partial void LogLoopError(ILogger logger, Exception exception);
}
