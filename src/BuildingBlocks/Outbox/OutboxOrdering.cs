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

        var locked = await LockAsync(db, keys, cancellationToken);
        var pending = await PendingSequencesAsync(db, locked, claimed.Max(m => m.Sequence), cancellationToken);

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

    private static async Task<string[]> LockAsync(ServiceDbContext db, string[] keys, CancellationToken cancellationToken)
    {
        await using var command = Command(db,
            "SELECT k FROM unnest(@keys) AS k WHERE pg_try_advisory_xact_lock(hashtextextended(k, 0))",
            new NpgsqlParameter<string[]>("keys", keys));
        var locked = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) locked.Add(reader.GetString(0));
        return [.. locked];
    }

    /// <summary>Per key, the sequences of its pending (not dispatched, not dead) rows up to <paramref name="upTo"/>, ascending.</summary>
    private static async Task<Dictionary<string, List<long>>> PendingSequencesAsync(
        ServiceDbContext db, string[] keys, long upTo, CancellationToken cancellationToken)
    {
        var pending = new Dictionary<string, List<long>>();
        if (keys.Length == 0) return pending;
        await using var command = Command(db,
            """
            SELECT ordering_key, sequence FROM outbox_messages
            WHERE dispatched_at IS NULL AND dead_at IS NULL AND ordering_key = ANY(@keys) AND sequence <= @upTo
            ORDER BY sequence
            """,
            new NpgsqlParameter<string[]>("keys", keys), new NpgsqlParameter<long>("upTo", upTo));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            if (!pending.TryGetValue(key, out var list)) pending[key] = list = [];
            list.Add(reader.GetInt64(1));
        }
        return pending;
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
