using Crewline.BuildingBlocks.Persistence;
using Npgsql;

namespace Crewline.BuildingBlocks.Tests;

public sealed class PoolLimitTests
{
    [Fact]
    public void A_connection_string_without_a_pool_limit_gets_the_default_cap()
    {
        var capped = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPoolLimit("Host=127.0.0.1;Port=5432;Database=ownership"));
        Assert.Equal(DatabaseSetup.DefaultMaxPoolSize, capped.MaxPoolSize);
        Assert.Equal("ownership", capped.Database);
    }

    [Theory]
    [InlineData("Host=h;Maximum Pool Size=7")]
    [InlineData("Host=h;maximum pool size=7")]
    [InlineData("Host=h;MaxPoolSize=7")]
    public void A_limit_the_connection_string_names_wins(string connectionString)
    {
        var kept = new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPoolLimit(connectionString));
        Assert.Equal(7, kept.MaxPoolSize);
    }
}
