using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crewline.BuildingBlocks.Persistence;

/// <summary>
/// Runs the work a <see cref="ServiceDbContext"/> was given for after its transaction commits
/// (<see cref="ServiceDbContext.OnCommitted"/>), and drops it when the transaction rolls back or a
/// new one starts (one disposed without commit rolled back on the server). One instance serves every
/// context: the work is kept on the context itself.
/// </summary>
public sealed class AfterCommitInterceptor : DbTransactionInterceptor
{
    public static AfterCommitInterceptor Instance { get; } = new();

    private AfterCommitInterceptor() { }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Ended(eventData, committed: false);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Ended(eventData, committed: false);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData, committed: true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData, committed: true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData, committed: false);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData, committed: false);
        return Task.CompletedTask;
    }

    private static void Ended(TransactionEndEventData eventData, bool committed)
    {
        if (eventData.Context is ServiceDbContext context) context.TransactionEnded(committed);
    }
}
