using Crewline.Bench.Measurement;
using Npgsql;

namespace Crewline.Bench.Suite;

/// <summary>One statement a service ran and its plan when run again with the same parameters.</summary>
public sealed record ExplainedStatement(LoggedStatement Statement, QueryPlan? Plan, string? Error);

/// <summary>
/// The SQL a call makes a service run, and its plans: for the length of one call PostgreSQL logs
/// every statement (<c>log_statement = all</c>, with a line prefix naming the database, set by
/// <c>ALTER SYSTEM</c> and a reload, so the service's open connections log too; reset after), the
/// harness reads them from the server's log (<see cref="LoggedStatements"/>), then runs each again as
/// <c>EXPLAIN (ANALYZE, BUFFERS) EXECUTE</c> of a prepared statement with the logged parameters.
/// </summary>
public sealed class QueryPlanCapture(BenchSuite suite)
{
    public const string LogPrefix = "crewline-bench-plan ";
    private const string Marker = "crewline_bench_capture_start";

    /// <summary>Logs the statements <paramref name="call"/> makes <paramref name="database"/> run and explains each distinct one.</summary>
    public async Task<IReadOnlyList<ExplainedStatement>> CaptureAsync(string database, Func<Task> call, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(suite.DatabaseOf(database));
        await connection.OpenAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, $"ALTER SYSTEM SET log_statement = 'all'; ALTER SYSTEM SET log_line_prefix = '{LogPrefix}%d: '", cancellationToken);
            await ReloadAsync(connection, "all", cancellationToken);
            await ExecuteAsync(connection, $"SELECT 1 AS {Marker}", cancellationToken);
            await call();
        }
        finally
        {
            await ExecuteAsync(connection, "ALTER SYSTEM RESET log_statement; ALTER SYSTEM RESET log_line_prefix", CancellationToken.None);
            await ReloadAsync(connection, "none", CancellationToken.None);
        }

        var log = suite.Postgres.RecentLog().Split('\n');
        var start = Array.FindLastIndex(log, line => line.Contains(Marker, StringComparison.Ordinal));
        if (start < 0) throw new InvalidOperationException("The server's log no longer holds the start of the capture (too many lines were logged).");
        var statements = LoggedStatements.Parse(log[start..], LogPrefix, database)
            .Where(s => s.Sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                        && !s.Sql.Contains(Marker, StringComparison.Ordinal) && !s.Sql.Contains("pg_reload_conf", StringComparison.Ordinal))
            .DistinctBy(s => s.Sql)
            .ToList();
        var explained = new List<ExplainedStatement>();
        foreach (var statement in statements) explained.Add(await ExplainAsync(connection, statement, cancellationToken));
        return explained;
    }

    /// <summary>Row counts of <paramref name="tables"/> in <paramref name="database"/> (to tell a big table from a small one).</summary>
    public async Task<IReadOnlyDictionary<string, long>> RowCountsAsync(string database, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(suite.DatabaseOf(database));
        await connection.OpenAsync(cancellationToken);
        var counts = new Dictionary<string, long>();
        foreach (var table in tables.Distinct())
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        return counts;
    }

    /// <summary>Brings the planner's statistics and visibility map up to date, as autovacuum would after a bulk load.</summary>
    public async Task VacuumAnalyzeAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(suite.DatabaseOf(database));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<ExplainedStatement> ExplainAsync(NpgsqlConnection connection, LoggedStatement statement, CancellationToken cancellationToken)
    {
        const string name = "crewline_bench_plan";
        try
        {
            await ExecuteAsync(connection, $"PREPARE {name} AS {statement.Sql}", cancellationToken);
            var arguments = statement.Parameters.Count == 0 ? "" : $"({string.Join(", ", statement.Parameters)})";
            await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS) EXECUTE {name}{arguments}", connection);
            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken)) lines.Add(reader.GetString(0));
            return new ExplainedStatement(statement, new QueryPlan(string.Join('\n', lines)), null);
        }
        catch (PostgresException ex)
        {
            return new ExplainedStatement(statement, null, ex.MessageText);
        }
        finally
        {
            await ExecuteAsync(connection, $"DEALLOCATE ALL", CancellationToken.None);
        }
    }

    /// <summary>Reloads the configuration and waits until this session sees it (the others pick it up before their next statement).</summary>
    private static async Task ReloadAsync(NpgsqlConnection connection, string logStatement, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "SELECT pg_reload_conf()", cancellationToken);
        for (var i = 0; i < 200; i++)
        {
            await using var command = new NpgsqlCommand("SHOW log_statement", connection);
            if ((string?)await command.ExecuteScalarAsync(cancellationToken) == logStatement) return;
            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }
        throw new TimeoutException($"PostgreSQL did not apply log_statement = {logStatement} within 2 s.");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
