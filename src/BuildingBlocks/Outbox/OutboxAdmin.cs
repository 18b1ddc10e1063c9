using Crewline.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>What an operator does with dead outbox rows: list them, and re-queue them for delivery.</summary>
public sealed class OutboxAdmin(ServiceDbContext db)
{
    /// <summary>Dead rows, oldest death first.</summary>
    public Task<List<DeadOutboxMessage>> ListDeadAsync(int limit, CancellationToken cancellationToken) =>
        db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeadAt != null && m.DispatchedAt == null)
            .OrderBy(m => m.DeadAt).ThenBy(m => m.Sequence)
            .Take(limit)
            .Select(m => new DeadOutboxMessage(m.MessageId ?? m.Id, m.MessageType, m.OrderingKey, m.OccurredAt, m.DeadAt!.Value, m.Attempts, m.LastError))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Makes dead rows pending again with a fresh set of attempts (due at once); <paramref name="ids"/>
    /// null re-queues every dead row. Returns how many rows were re-queued.
    /// </summary>
    public Task<int> RequeueAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var dead = db.OutboxMessages.Where(m => m.DeadAt != null && m.DispatchedAt == null);
        if (ids is not null) dead = dead.Where(m => ids.Contains(m.MessageId ?? m.Id));
        return dead.ExecuteUpdateAsync(set => set
                .SetProperty(m => m.DeadAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NotBefore, (DateTimeOffset?)null), cancellationToken);
    }
}

/// <summary>A dead outbox row as an operator sees it (<see cref="MessageId"/> is the id it would carry on the bus).</summary>
public sealed record DeadOutboxMessage(
    Guid MessageId, string MessageType, string? OrderingKey, DateTimeOffset OccurredAt, DateTimeOffset DeadAt, int Attempts, string? LastError);
