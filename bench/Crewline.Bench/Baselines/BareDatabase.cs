using Npgsql;

namespace Crewline.Bench.Baselines;

/// <summary>
/// Bare PostgreSQL work on the suite's own database server, in a database of the harness
/// (<c>bench</c>) so it never touches a service's data: a single-row primary-key read and a
/// single-row insert committed on its own (autocommit, synchronous commit as configured).
/// </summary>
public sealed class BareDatabase : IAsyncDisposable
{
    private const int Rows = 1000;
    private readonly NpgsqlDataSource _source;
    private readonly Guid[] _ids;

    private BareDatabase(NpgsqlDataSource source, Guid[] ids)
    {
        _source = source;
        _ids = ids;
    }

    public static async Task<BareDatabase> CreateAsync(Func<string, string> connectionStringOf, CancellationToken cancellationToken)
    {
        await using (var admin = new NpgsqlConnection(connectionStringOf("postgres")))
        {
            await admin.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = 'bench'", admin);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand("CREATE DATABASE bench", admin);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        // At most the largest caller count, and idle connections closed within seconds: the server
        // (max_connections 200) is shared with the services, whose own pools grow under load.
        var builder = new NpgsqlConnectionStringBuilder(connectionStringOf("bench"))
        {
            MaxPoolSize = 64,
            MinPoolSize = 0,
            ConnectionIdleLifetime = 2,
            ConnectionPruningInterval = 1,
        };
        var source = NpgsqlDataSource.Create(builder.ConnectionString);
        await using (var setup = source.CreateCommand(
            """
            CREATE TABLE IF NOT EXISTS bench_rows (id uuid PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
            CREATE TABLE IF NOT EXISTS bench_commits (id uuid PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
            TRUNCATE bench_rows;
            """))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }
        var ids = Enumerable.Range(0, Rows).Select(_ => Guid.CreateVersion7()).ToArray();
        await using (var fill = source.CreateCommand("INSERT INTO bench_rows SELECT id, 'row ' || id, now() FROM unnest(@ids) AS id"))
        {
            fill.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", ids));
            await fill.ExecuteNonQueryAsync(cancellationToken);
        }
        return new BareDatabase(source, ids);
    }

    /// <summary>Reads one row by primary key (a pooled connection, a prepared statement).</summary>
    public async Task ReadRowAsync(int caller, long call, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id, name, created_at FROM bench_rows WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = _ids[(int)((caller * 7919 + call) % _ids.Length)] });
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) throw new InvalidOperationException("The bench row is missing.");
        _ = reader.GetGuid(0);
        _ = reader.GetString(1);
        _ = reader.GetFieldValue<DateTimeOffset>(2);
    }

    /// <summary>Inserts one row and commits it (one statement in autocommit: one round trip, one WAL flush).</summary>
    public async Task InsertCommitAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO bench_commits (id, name, created_at) VALUES ($1, $2, $3)", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "a bench commit" });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = DateTimeOffset.UtcNow });
        await command.PrepareAsync(cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
