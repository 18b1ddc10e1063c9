using System.Data;
using Npgsql;

namespace Crewline.Bench.Suite;

/// <summary>
/// A PostgreSQL connection the harness opens once, before any load, and keeps (reopened only if
/// it broke, e.g. after a restart): watching the suite must never wait for, or fail to get, a
/// connection from a server the services' pools have filled under overload.
/// </summary>
public sealed class HeldConnection(string connectionString) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is { State: ConnectionState.Open } open) return open;
        if (_connection is not null) await _connection.DisposeAsync();
        _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await _connection.OpenAsync(cancellationToken);
        return _connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
