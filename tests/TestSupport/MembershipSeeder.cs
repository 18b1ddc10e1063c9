using System.Collections.Concurrent;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.Contracts.Events.Ownership;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.TestSupport;

/// <summary>
/// Plays the ownership service for a consuming service under test: publishes the people, projects
/// and project roles Ownership would publish (through the service's own bus) and waits until the
/// service's membership replica shows each of them.
/// </summary>
public sealed class MembershipSeeder<TProgram>(ServiceFactory<TProgram> service) where TProgram : class
{
    private readonly ConcurrentDictionary<(Guid Org, string Subject), Guid> _people = new();

    private IBus Bus => service.Services.GetRequiredService<IBus>();

    /// <summary>The person id the seeder gives <paramref name="subject"/> in <paramref name="org"/> (the same one every time).</summary>
    public Guid PersonIdOf(Guid org, string subject) => _people.GetOrAdd((org, subject), _ => Guid.CreateVersion7());

    /// <summary>The subjects the seeder has made people of <paramref name="org"/>.</summary>
    public IReadOnlyList<string> SubjectsOf(Guid org) => _people.Keys.Where(k => k.Org == org).Select(k => k.Subject).ToList();

    /// <summary>Publishes <c>PersonAdded</c> for <paramref name="subject"/> and waits until the service knows the person.</summary>
    public async Task<Guid> PersonAsync(Guid org, string subject, bool admin = false, string? name = null)
    {
        var personId = PersonIdOf(org, subject);
        var role = admin ? MembershipNames.OrgAdmin : MembershipNames.OrgMember;
        await Bus.Publish(new PersonAdded(org, personId, name ?? subject, $"{subject}@example.com", subject, "seeder", DateTimeOffset.UtcNow, role));
        await Eventually.Until(() => InOrg(org, async db =>
            await db.Set<ReplicaPerson>().AnyAsync(p => p.PersonId == personId && p.OrgRole == role)));
        return personId;
    }

    /// <summary>Publishes <c>ProjectCreated</c> and waits until the service knows the project.</summary>
    public async Task<Guid> ProjectAsync(ProjectCreated created)
    {
        await Bus.Publish(created);
        await Eventually.Until(() => InOrg(created.OrgId, db => db.Set<KnownProject>().AnyAsync(p => p.ProjectId == created.ProjectId)));
        return created.ProjectId;
    }

    /// <summary>Gives a person (made one if needed) roles on a project (proto names, e.g. <see cref="MembershipNames.Producer"/>) and waits until the replica holds them.</summary>
    public async Task<Guid> MemberAsync(Guid org, Guid projectId, string subject, params string[] roles)
    {
        var personId = _people.ContainsKey((org, subject)) && await IsKnownAsync(org, subject)
            ? PersonIdOf(org, subject)
            : await PersonAsync(org, subject);
        foreach (var role in roles)
            await Bus.Publish(new ProjectMemberAdded(org, projectId, personId, role, "seeder", DateTimeOffset.UtcNow));
        await Eventually.Until(() => InOrg(org, async db =>
            await db.Set<ReplicaProjectRole>().CountAsync(r => r.ProjectId == projectId && r.PersonId == personId && r.Holds && roles.Contains(r.Role)) == roles.Length));
        return personId;
    }

    /// <summary>Publishes <c>ProjectMemberRoleRemoved</c> and waits until the replica no longer holds the role.</summary>
    public async Task RemoveRoleAsync(Guid org, Guid projectId, string subject, string role)
    {
        var personId = PersonIdOf(org, subject);
        await Bus.Publish(new ProjectMemberRoleRemoved(org, projectId, personId, role, "seeder", DateTimeOffset.UtcNow));
        await Eventually.Until(() => InOrg(org, async db =>
            !await db.Set<ReplicaProjectRole>().AnyAsync(r => r.ProjectId == projectId && r.PersonId == personId && r.Role == role && r.Holds)));
    }

    private Task<bool> IsKnownAsync(Guid org, string subject) =>
        InOrg(org, db => db.Set<ReplicaPerson>().AnyAsync(p => p.Subject == subject));

    private Task<T> InOrg<T>(Guid org, Func<ServiceDbContext, Task<T>> query) =>
        service.InScopeAsync(org, sp => query(sp.GetRequiredService<ServiceDbContext>()));
}
