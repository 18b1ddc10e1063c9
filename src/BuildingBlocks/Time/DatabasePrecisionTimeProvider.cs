namespace Crewline.BuildingBlocks.Time;

/// <summary>
/// The system clock at PostgreSQL's precision (whole microseconds). Every timestamp a service
/// stores and also puts on an event comes from here, so the event and the stored row always
/// agree (.NET ticks are 100 ns; PostgreSQL would silently drop the last digit).
/// </summary>
public sealed class DatabasePrecisionTimeProvider : TimeProvider
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    public static DatabasePrecisionTimeProvider Instance { get; } = new();

    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - now.UtcTicks % TicksPerMicrosecond, TimeSpan.Zero);
    }
}
