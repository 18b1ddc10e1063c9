using System.Data.Common;
using Crewline.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>
/// Keeps the events of one aggregate in commit order across dispatchers. Of the rows a pass has
/// claimed, it keeps those without an ordering key, and for every key it can lock
/// (<c>pg_try_advisory_xact_lock</c>, held until the pass commits, so no other dispatcher publishes
/// that key meanwhile) the contiguous run of that key's oldest pending rows it holds. A row whose
/// older pending sibling is not in the batch (claimed elsewhere, backing off) waits; dead rows are
/// not pending, so they no longer hold back the rows after them.
/// </summary>
internal static class OutboxOrdering
{
    /// <summary>The rows of <paramref name="claimed"/> that may be published now, in sequence order.</summary>
    public static async Task<List<OutboxMessage>> ReadyAsync(ServiceDbContext db, IReadOnlyList<OutboxMessage> claimed, CancellationToken cancellationToken)
    {
        var keys = claimed.Where(m => m.OrderingKey is not null).Select(m => m.OrderingKey!).Distinct().ToArray();
        if (keys.Length == 0) return [.. claimed];

        var (locked, pending) = await LockAndReadPendingAsync(db, keys, claimed.Max(m => m.Sequence), cancellationToken);

        var ready = claimed.Where(m => m.OrderingKey is null).ToList();
        foreach (var key in locked)
        {
            var mine = claimed.Where(m => m.OrderingKey == key).ToDictionary(m => m.Sequence);
            foreach (var sequence in pending.GetValueOrDefault(key, []))
            {
                if (!mine.TryGetValue(sequence, out var message)) break;
                ready.Add(message);
            }
        }
        return [.. ready.OrderBy(m => m.Sequence)];
    }

    /// <summary>
    /// In one round trip: the keys this pass could lock, and per locked key the sequences of its pending
    /// (not dispatched, not dead) rows up to <paramref name="upTo"/>, ascending. The locking CTE calls a
    /// volatile function, so PostgreSQL evaluates it once, before the join.
    /// </summary>
    private static async Task<(List<string> Locked, Dictionary<string, List<long>> Pending)> LockAndReadPendingAsync(
        ServiceDbContext db, string[] keys, long upTo, CancellationToken cancellationToken)
    {
        await using var command = Command(db,
            """
            WITH locked AS (SELECT k FROM unnest(@keys) AS k WHERE pg_try_advisory_xact_lock(hashtextextended(k, 0)))
            SELECT locked.k, m.sequence FROM locked
            LEFT JOIN outbox_messages m
              ON m.ordering_key = locked.k AND m.dispatched_at IS NULL AND m.dead_at IS NULL AND m.sequence <= @upTo
            ORDER BY m.sequence
            """,
            new NpgsqlParameter<string[]>("keys", keys), new NpgsqlParameter<long>("upTo", upTo));
        var locked = new List<string>();
        var pending = new Dictionary<string, List<long>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            if (!pending.TryGetValue(key, out var list))
            {
                locked.Add(key);
                pending[key] = list = [];
            }
            if (!await reader.IsDBNullAsync(1, cancellationToken)) list.Add(reader.GetInt64(1));
        }
        return (locked, pending);
    }

    private static DbCommand Command(ServiceDbContext db, string sql, params NpgsqlParameter[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Outbox ordering needs the pass's transaction.");
        command.Parameters.AddRange(parameters);
        return command;
    }
}
