using Crewline.BuildingBlocks.Time;

namespace Crewline.BuildingBlocks.Tests;

public sealed class DatabasePrecisionTimeProviderTests
{
    [Fact]
    public void Hands_out_whole_microseconds_in_utc_so_stored_rows_and_events_carry_the_same_time()
    {
        for (var i = 0; i < 1000; i++)
        {
            var now = DatabasePrecisionTimeProvider.Instance.GetUtcNow();
            Assert.Equal(0, now.UtcTicks % 10);
            Assert.Equal(TimeSpan.Zero, now.Offset);
        }
    }

    [Fact]
    public void Stays_within_a_microsecond_of_the_system_clock()
    {
        var before = TimeProvider.System.GetUtcNow().AddTicks(-10);
        var now = DatabasePrecisionTimeProvider.Instance.GetUtcNow();
        var after = TimeProvider.System.GetUtcNow();
        Assert.InRange(now, before, after);
    }
}
