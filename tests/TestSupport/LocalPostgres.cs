namespace Crewline.TestSupport;

/// <summary>A PostgreSQL server of <c>scripts/postgres-local.sh</c>: user <c>crewline</c>, trusted on 127.0.0.1.</summary>
public sealed class LocalPostgres() : LocalServer("postgres-local.sh", portCount: 1, startTimeout: TimeSpan.FromSeconds(60))
{
    /// <summary>An Npgsql connection string to <paramref name="database"/> (created by the service's migrations).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=crewline;Database={database}";
}
