using System.Data.Common;
using Npgsql;

namespace Crewline.BuildingBlocks.Persistence;

/// <summary>
/// The settings every service's connection string gets unless it names them itself (a setting the
/// connection string gives always wins).
/// </summary>
public static class ConnectionDefaults
{
    /// <summary>Connections one service opens at most when its connection string names no limit.</summary>
    public const int MaxPoolSize = 40;

    /// <summary>Statements each physical connection keeps prepared on the server.</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>Executions of the same SQL after which it is prepared.</summary>
    public const int AutoPrepareMinUsages = 2;

    private static readonly string[] MaxPoolSizeKeys = ["Maximum Pool Size", "MaxPoolSize", "Max Pool Size"];
    private static readonly string[] MaxAutoPrepareKeys = ["Max Auto Prepare", "MaxAutoPrepare"];
    private static readonly string[] AutoPrepareMinUsagesKeys = ["Auto Prepare Min Usages", "AutoPrepareMinUsages"];

    /// <summary>
    /// <para>
    /// The pool is capped (Npgsql's default is 100): four services at 100 would exceed the server's
    /// <c>max_connections</c> (200 in <c>scripts/postgres-local.sh</c>) under overload, and the server
    /// would refuse connections ("too many clients") where a capped pool makes a caller wait for a
    /// free connection.
    /// </para>
    /// <para>
    /// Statements are prepared automatically: a service runs the same few dozen SQL texts over and
    /// over (EF generates them), and a prepared one skips PostgreSQL's parse and plan on every later
    /// execution on that connection. Npgsql keeps prepared statements across the pool's resets.
    /// </para>
    /// </summary>
    public static string Apply(string connectionString)
    {
        // The plain builder holds only the keys the string names (Npgsql's knows every key).
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!MaxPoolSizeKeys.Any(given.ContainsKey)) tuned.MaxPoolSize = MaxPoolSize;
        if (!MaxAutoPrepareKeys.Any(given.ContainsKey)) tuned.MaxAutoPrepare = MaxAutoPrepare;
        if (!AutoPrepareMinUsagesKeys.Any(given.ContainsKey)) tuned.AutoPrepareMinUsages = AutoPrepareMinUsages;
        return tuned.ConnectionString;
    }
}
