using FsCheck;
using FsCheck.Fluent;
using MentorFlows.Runtime.Clock;

namespace MentorFlows.Runtime.Tests.Clock;

public sealed class StoredTimeTests
{
    [Fact]
    public void FloorAndCeiling_RoundToWholeMicroseconds_AroundTheGivenTime() =>
        Prop.ForAll(ArbMap.Default.ArbFor<long>(), (long ticks) =>
        {
            var utc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(Math.Abs(ticks % TimeSpan.TicksPerDay));
            var floor = StoredTime.Floor(utc);
            var ceiling = StoredTime.Ceiling(utc);
            return floor <= utc && utc <= ceiling
                && floor.Ticks % 10 == 0 && ceiling.Ticks % 10 == 0
                && (ceiling - floor).Ticks <= 10
                && floor.Kind == DateTimeKind.Utc;
        }).QuickCheckThrowOnFailure();
}
