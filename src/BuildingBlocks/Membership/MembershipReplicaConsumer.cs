using Crewline.BuildingBlocks.Persistence;
using Crewline.Contracts.Events.Ownership;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.BuildingBlocks.Membership;

/// <summary>
/// Keeps the consuming service's membership replica from Ownership's events: people (subject ↔
/// person id, org role), each project's member roles and each function's owners. Every row keeps
/// the latest fact by the event's own time and needs no other row, so the events may arrive in any
/// order (a member before its project's <c>ProjectCreated</c>, a removal before the addition it
/// undoes) and any number of times. Its queue is <c>&lt;service&gt;-membership-replica</c>.
/// </summary>
public sealed class MembershipReplicaConsumer(ServiceDbContext db) :
    IConsumer<PersonAdded>,
    IConsumer<PersonOrgRoleChanged>,
    IConsumer<ProjectMemberAdded>,
    IConsumer<ProjectMemberRoleRemoved>,
    IConsumer<FunctionOwnershipChanged>
{
    public Task Consume(ConsumeContext<PersonAdded> context)
    {
        var e = context.Message;
        return UpsertPersonAsync(e.OrgId, e.PersonId, e.Subject, e.Name, e.OrgRole, e.AddedAt, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<PersonOrgRoleChanged> context)
    {
        var e = context.Message;
        return UpsertPersonAsync(e.OrgId, e.PersonId, e.Subject, e.Name, e.OrgRole, e.ChangedAt, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ProjectMemberAdded> context)
    {
        var e = context.Message;
        return UpsertRoleAsync(e.OrgId, e.ProjectId, e.PersonId, e.Role, holds: true, e.At, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<ProjectMemberRoleRemoved> context)
    {
        var e = context.Message;
        return UpsertRoleAsync(e.OrgId, e.ProjectId, e.PersonId, e.Role, holds: false, e.At, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<FunctionOwnershipChanged> context)
    {
        var e = context.Message;
        var row = await db.Set<ReplicaFunctionOwners>()
            .SingleOrDefaultAsync(f => f.ProjectId == e.ProjectId && f.FunctionKey == e.FunctionKey, context.CancellationToken);
        if (row is null) db.Add(ReplicaFunctionOwners.Create(e.OrgId, e.ProjectId, e.FunctionKey, e.Owners, e.IsShared, e.At));
        else row.Apply(e.Owners, e.IsShared, e.At);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private async Task UpsertPersonAsync(Guid orgId, Guid personId, string? subject, string name, string orgRole, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var person = await db.Set<ReplicaPerson>().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
        if (person is null) db.Add(ReplicaPerson.Create(orgId, personId, subject, name, orgRole, at));
        else person.Apply(subject, name, orgRole, at);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task UpsertRoleAsync(Guid orgId, Guid projectId, Guid personId, string role, bool holds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = await db.Set<ReplicaProjectRole>()
            .SingleOrDefaultAsync(r => r.ProjectId == projectId && r.PersonId == personId && r.Role == role, cancellationToken);
        if (row is null) db.Add(ReplicaProjectRole.Create(orgId, projectId, personId, role, holds, at));
        else row.Apply(holds, at);
        await db.SaveChangesAsync(cancellationToken);
    }
}
