using Crewline.BuildingBlocks.Persistence;
using Npgsql;

namespace Crewline.BuildingBlocks.Tests;

public sealed class ConnectionDefaultsTests
{
    [Fact]
    public void A_connection_string_that_names_neither_gets_the_pool_cap_and_automatic_preparation()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ConnectionDefaults.Apply("Host=127.0.0.1;Port=5432;Database=ownership"));
        Assert.Equal(ConnectionDefaults.MaxPoolSize, tuned.MaxPoolSize);
        Assert.Equal(ConnectionDefaults.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal(ConnectionDefaults.AutoPrepareMinUsages, tuned.AutoPrepareMinUsages);
        Assert.Equal("ownership", tuned.Database);
    }

    [Theory]
    [InlineData("Host=h;Maximum Pool Size=7")]
    [InlineData("Host=h;maximum pool size=7")]
    [InlineData("Host=h;MaxPoolSize=7")]
    public void A_pool_limit_the_connection_string_names_wins(string connectionString)
    {
        var kept = new NpgsqlConnectionStringBuilder(ConnectionDefaults.Apply(connectionString));
        Assert.Equal(7, kept.MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=h;Max Auto Prepare=0")]
    [InlineData("Host=h;MaxAutoPrepare=0")]
    public void Preparation_the_connection_string_turns_off_stays_off(string connectionString)
    {
        var kept = new NpgsqlConnectionStringBuilder(ConnectionDefaults.Apply(connectionString));
        Assert.Equal(0, kept.MaxAutoPrepare);
    }
}
