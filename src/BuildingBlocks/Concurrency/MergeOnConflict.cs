using Crewline.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crewline.BuildingBlocks.Concurrency;

/// <summary>
/// Optimistic concurrency at the grain people edit: one aggregate (a project, its plan, its
/// ledger) keeps one version (xmin or a version column), but two people changing different rows of
/// it at the same moment both succeed; only edits of the same rows conflict. Two first writes of one
/// aggregate whose id is fixed (a project's plan or ledger is keyed by the project) conflict alike:
/// the loser's insert violates the primary key the winner just committed.
/// <para>
/// A command reads the aggregate, notes the rows it touches (<see cref="TouchedRows"/>), applies
/// itself and saves. When the save loses against a concurrent one (<see cref="DbUpdateConcurrencyException"/>,
/// or a primary-key violation),
/// every change staged by the attempt is dropped (the change tracker is cleared, so the aggregate and
/// the outbox rows of its events are never saved twice), the aggregate is read again and, when the
/// touched rows are still exactly as the command first read them, the command is applied again to
/// the fresh aggregate — every rule and permission checked anew — and saved. When they changed, the
/// caller gets <see cref="ConcurrentEditException"/> (<c>Aborted</c>: read it again and retry).
/// </para>
/// </summary>
public sealed class MergeOnConflict(ServiceDbContext db)
{
    /// <summary>Attempts before a command that keeps losing against edits of other rows gives up (Aborted).</summary>
    public const int MaxAttempts = 5;

    /// <param name="read">Reads (and tracks) what the command changes.</param>
    /// <param name="touches">The rows of that state the command writes.</param>
    /// <param name="applyAndSave">Applies the command to the state, stages its events, saves and answers.</param>
    public async Task<TResult> RunAsync<TState, TResult>(
        Func<CancellationToken, Task<TState>> read,
        Func<TState, TouchedRows> touches,
        Func<TState, CancellationToken, Task<TResult>> applyAndSave,
        CancellationToken cancellationToken)
    {
        var state = await read(cancellationToken);
        var asRead = touches(state);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await applyAndSave(state, cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsConcurrentFirstWrite(ex))
            {
                db.ChangeTracker.Clear();
                if (attempt == MaxAttempts) throw new ConcurrentEditException(asRead.What);
            }
            state = await read(cancellationToken);
            if (touches(state).Fingerprint != asRead.Fingerprint) throw new ConcurrentEditException(asRead.What);
        }
    }

    /// <summary>The save inserted a row whose primary key a concurrent save has just taken.</summary>
    private bool IsConcurrentFirstWrite(DbUpdateException ex) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } violation
        && db.Model.GetEntityTypes().Any(e => e.FindPrimaryKey()?.GetName() == violation.ConstraintName);
}
