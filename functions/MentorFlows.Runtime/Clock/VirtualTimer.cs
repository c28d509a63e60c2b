namespace MentorFlows.Runtime.Clock;

/// <summary>A timer on a <see cref="VirtualTimeProvider"/>: due times are virtual; the callback runs on the thread that advances the clock.</summary>
internal sealed class VirtualTimer(VirtualTimeProvider clock, TimerCallback callback, object? state) : ITimer
{
    /// <summary>When it fires next (virtual UTC); null when disarmed. Guarded by the provider's lock.</summary>
    internal DateTimeOffset? DueAt { get; set; }

    internal TimeSpan? Period { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        clock.Remove(this);
        clock.Schedule(this, dueTime, period);
        if (DueAt is not null)
        {
            clock.Add(this);
        }

        return true;
    }

    public void Dispose() => clock.Remove(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal void Fire() => callback(state);
}
