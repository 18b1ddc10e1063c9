using Crewline.BuildingBlocks.ProjectRegistry;
using Microsoft.EntityFrameworkCore;

namespace Crewline.BuildingBlocks.Membership;

public static class MembershipReplicaModel
{
    /// <summary>
    /// Maps the membership replica (people, project roles, function owners), and the known projects
    /// unless the service keeps its own view of projects; call it from a service's <c>ConfigureDomain</c>.
    /// </summary>
    public static ModelBuilder AddMembershipReplica(this ModelBuilder modelBuilder, bool withKnownProjects = true)
    {
        if (withKnownProjects) modelBuilder.AddKnownProjects();
        modelBuilder.Entity<ReplicaPerson>(b =>
        {
            b.ToTable("replica_people");
            b.HasKey(p => p.PersonId);
            b.Property(p => p.PersonId).ValueGeneratedNever();
            b.Property(p => p.Subject).HasMaxLength(ReplicaPerson.MaxSubjectLength);
            b.Property(p => p.Name).HasMaxLength(ReplicaPerson.MaxNameLength);
            b.Property(p => p.OrgRole).HasMaxLength(ReplicaPerson.MaxOrgRoleLength);
            b.HasIndex(p => new { p.OrgId, p.Subject });
        });
        modelBuilder.Entity<ReplicaProjectRole>(b =>
        {
            b.ToTable("replica_project_roles");
            b.HasKey(r => new { r.ProjectId, r.PersonId, r.Role });
            b.Property(r => r.Role).HasMaxLength(ReplicaProjectRole.MaxRoleLength);
        });
        modelBuilder.Entity<ReplicaFunctionOwners>(b =>
        {
            b.ToTable("replica_function_owners");
            b.HasKey(f => new { f.ProjectId, f.FunctionKey });
            b.Property(f => f.FunctionKey).HasMaxLength(ReplicaFunctionOwners.MaxFunctionKeyLength);
            b.Property(f => f.Owners).HasConversion(
                    owners => string.Join(",", owners),
                    text => text.Split(',', StringSplitOptions.RemoveEmptyEntries),
                    new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<string[]>(
                        (a, c) => a!.SequenceEqual(c!), o => o.Aggregate(0, (h, x) => h * 31 + x.GetHashCode()), o => o.ToArray()))
                .HasMaxLength(ReplicaFunctionOwners.MaxOwnersLength);
        });
        return modelBuilder;
    }
}
