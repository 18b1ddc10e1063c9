using Crewline.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Ownership.Infrastructure.Plan;

/// <summary>A scope change the client declined, remembered so its approval arriving afterwards adds no items (either arrival order).</summary>
public sealed class DeclinedScopeChange : IOrgOwned
{
    public Guid OrgId { get; init; }
    public Guid ChangeRequestId { get; init; }
    public Guid ProjectId { get; init; }
    public DateTimeOffset DeclinedAt { get; init; }
}

internal sealed class DeclinedScopeChangeConfiguration : IEntityTypeConfiguration<DeclinedScopeChange>
{
    public void Configure(EntityTypeBuilder<DeclinedScopeChange> b)
    {
        b.ToTable("declined_scope_changes");
        b.HasKey(a => new { a.OrgId, a.ChangeRequestId });
    }
}
