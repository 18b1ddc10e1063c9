using Crewline.Ownership.Domain.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Ownership.Infrastructure.Decisions;

/// <summary>Maps the domain's read-only lists to PostgreSQL arrays (role names as text, ids as uuid).</summary>
internal static class ListConversions
{
    public static PropertyBuilder<IReadOnlyList<ProjectRole>> AsRoleNames(this PropertyBuilder<IReadOnlyList<ProjectRole>> property) =>
        property.HasConversion(
                roles => roles.Select(r => r.ToString()).ToArray(),
                names => names.Select(Enum.Parse<ProjectRole>).ToArray(),
                new ValueComparer<IReadOnlyList<ProjectRole>>(
                    (a, b) => a!.SequenceEqual(b!),
                    roles => roles.Aggregate(0, (hash, r) => HashCode.Combine(hash, r)),
                    roles => roles.ToArray()))
            .HasColumnType("text[]");

    public static PropertyBuilder<IReadOnlyList<Guid>> AsUuidArray(this PropertyBuilder<IReadOnlyList<Guid>> property) =>
        property.HasConversion(
                ids => ids.ToArray(),
                ids => ids.ToArray(),
                new ValueComparer<IReadOnlyList<Guid>>(
                    (a, b) => a!.SequenceEqual(b!),
                    ids => ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)),
                    ids => ids.ToArray()))
            .HasColumnType("uuid[]");
}
