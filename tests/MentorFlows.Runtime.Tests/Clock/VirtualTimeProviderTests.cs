using MentorFlows.Runtime.Clock;

namespace MentorFlows.Runtime.Tests.Clock;

public sealed class VirtualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 10, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AdvanceTo_FiresDueTimersInDueOrder_AndLeavesLaterOnesArmed()
    {
        var clock = new VirtualTimeProvider(Start);
        var fired = new List<string>();
        using var late = clock.CreateTimer(_ => fired.Add("late"), null, TimeSpan.FromHours(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add("early"), null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        using var never = clock.CreateTimer(_ => fired.Add("never"), null, TimeSpan.FromDays(1), Timeout.InfiniteTimeSpan);

        clock.AdvanceTo(Start.AddHours(3));

        Assert.Equal(["early", "late"], fired);
        Assert.Equal(Start.AddHours(3), clock.GetUtcNow());
    }

    [Fact]
    public void PeriodicTimer_FiresOncePerPeriodPassed()
    {
        var clock = new VirtualTimeProvider(Start);
        var ticks = 0;
        using var timer = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));

        clock.Advance(TimeSpan.FromMinutes(35));

        Assert.Equal(3, ticks);
    }

    [Fact]
    public async Task TaskDelay_OnVirtualTime_CompletesOnlyWhenTheClockPassesIt()
    {
        var clock = new VirtualTimeProvider(Start);
        var delay = Task.Delay(TimeSpan.FromDays(30), clock);

        clock.Advance(TimeSpan.FromDays(29));
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromDays(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void DisposedOrChangedTimer_DoesNotFire()
    {
        var clock = new VirtualTimeProvider(Start);
        var fired = 0;
        var disposed = clock.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        using var disarmed = clock.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        disposed.Dispose();
        disarmed.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, fired);
    }

    [Fact]
    public void AdvanceTo_AnEarlierTime_IsRefused()
    {
        var clock = new VirtualTimeProvider(Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(Start.AddTicks(-1)));
    }

    [Fact]
    public void LocalTimeAndTimestamps_FollowVirtualTime()
    {
        var clock = new VirtualTimeProvider(Start);
        var before = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(TimeSpan.FromSeconds(90), clock.GetElapsedTime(before));
        Assert.Equal(TimeZoneInfo.Utc, clock.LocalTimeZone);
    }
}
