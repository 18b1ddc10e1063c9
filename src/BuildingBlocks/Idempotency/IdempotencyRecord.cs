using Crewline.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.BuildingBlocks.Idempotency;

/// <summary>
/// The first result of an operation called with a client's idempotency key, kept so a retried
/// call returns that result instead of doing the work again.
/// </summary>
public sealed class IdempotencyRecord : IOrgOwned
{
    public Guid OrgId { get; init; }
    public required string Operation { get; init; }
    public required string Key { get; init; }
    /// <summary>SHA-256 of the request, so the same key with a different request is refused.</summary>
    public required string RequestHash { get; init; }
    public Guid ResultId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const string PrimaryKeyName = "pk_idempotency_records";

    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_records");
        b.HasKey(r => new { r.OrgId, r.Operation, r.Key }).HasName(PrimaryKeyName);
        b.Property(r => r.Operation).HasMaxLength(100);
        b.Property(r => r.Key).HasMaxLength(IdempotencyStore.MaxKeyLength);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_idempotency_records_created_at");
    }
}
