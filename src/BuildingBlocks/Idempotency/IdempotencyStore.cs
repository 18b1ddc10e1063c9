using System.Security.Cryptography;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Persistence;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crewline.BuildingBlocks.Idempotency;

/// <summary>
/// Runs a create or sign-off at most once per (org, operation, idempotency key). The record is
/// saved in the same transaction as the work, so a crash leaves either both or neither.
/// </summary>
public sealed class IdempotencyStore(ServiceDbContext db, TimeProvider clock)
{
    public const int MaxKeyLength = 100;

    /// <summary>
    /// Returns the id of the first result for this key, or runs <paramref name="work"/> (which
    /// stages its changes and returns the new id) and saves it with the record. Without a key the
    /// work simply runs and is saved.
    /// </summary>
    public Task<Guid> RunOnceAsync(string operation, string? key, IMessage request, Func<Guid> work, CancellationToken cancellationToken) =>
        RunOnceAsync(operation, key, request, _ => Task.FromResult(work()), cancellationToken);

    /// <summary>As the synchronous overload, for work that reads more while it stages its changes.</summary>
    public async Task<Guid> RunOnceAsync(string operation, string? key, IMessage request, Func<CancellationToken, Task<Guid>> work, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            var id = await work(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return id;
        }

        var hash = Convert.ToHexString(SHA256.HashData(request.ToByteArray()));
        if (await FindAsync(operation, key, hash, cancellationToken) is { } earlier) return earlier;

        var resultId = await work(cancellationToken);
        db.Set<IdempotencyRecord>().Add(new IdempotencyRecord
        {
            OrgId = db.CurrentOrgId,
            Operation = operation,
            Key = key,
            RequestHash = hash,
            ResultId = resultId,
            CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return resultId;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: IdempotencyRecordConfiguration.PrimaryKeyName })
        {
            // A concurrent call with the same key won: answer with its result.
            db.ChangeTracker.Clear();
            return await FindAsync(operation, key, hash, cancellationToken)
                ?? throw new InvalidOperationException("Idempotency record vanished after a conflict.");
        }
    }

    private async Task<Guid?> FindAsync(string operation, string key, string hash, CancellationToken cancellationToken)
    {
        var record = await db.Set<IdempotencyRecord>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Operation == operation && r.Key == key, cancellationToken);
        if (record is null) return null;
        if (record.RequestHash != hash)
            throw new ValidationException("idempotency_key", "was already used with a different request");
        return record.ResultId;
    }
}
