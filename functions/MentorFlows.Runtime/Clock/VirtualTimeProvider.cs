namespace MentorFlows.Runtime.Clock;

/// <summary>
/// A clock that moves only when told to. The engine jumps it to the next due durable timer whenever nothing is
/// runnable, so a year of timers runs in seconds; activities given the same provider see the same virtual time, and
/// timers made from it (<c>Task.Delay(delay, provider)</c>, <see cref="TimeProvider.CreateTimer"/>) fire as it passes
/// their due time. Time never goes backwards. Thread-safe.
/// </summary>
public sealed class VirtualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<VirtualTimer> _timers = [];
    private DateTimeOffset _now;

    public VirtualTimeProvider(DateTimeOffset start)
    {
        _now = start.ToUniversalTime();
    }

    /// <summary>Virtual time is UTC: local time is UTC too, so nothing depends on the host's zone.</summary>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward by <paramref name="delta"/> and fires every timer due by then, in due order.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        AdvanceTo(GetUtcNow() + delta);
    }

    /// <summary>Moves the clock to <paramref name="utc"/> (not earlier than now) and fires every timer due by then, in due order.</summary>
    public void AdvanceTo(DateTimeOffset utc)
    {
        lock (_gate)
        {
            if (utc < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(utc), utc, $"Virtual time never goes backwards (it is {_now:O}).");
            }

            _now = utc.ToUniversalTime();
        }

        while (NextDue() is { } timer)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    internal void Schedule(VirtualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            timer.Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
        }
    }

    internal void Add(VirtualTimer timer)
    {
        lock (_gate)
        {
            _timers.Add(timer);
        }
    }

    internal void Remove(VirtualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>The earliest timer due now, re-armed (periodic) or disarmed (one-shot) before its callback runs.</summary>
    private VirtualTimer? NextDue()
    {
        lock (_gate)
        {
            VirtualTimer? earliest = null;
            foreach (var timer in _timers)
            {
                if (timer.DueAt is { } due && due <= _now && (earliest is null || due < earliest.DueAt))
                {
                    earliest = timer;
                }
            }

            if (earliest is not null)
            {
                earliest.DueAt = earliest.Period is { } period ? earliest.DueAt + period : null;
                if (earliest.DueAt is null)
                {
                    _timers.Remove(earliest);
                }
            }

            return earliest;
        }
    }
}
