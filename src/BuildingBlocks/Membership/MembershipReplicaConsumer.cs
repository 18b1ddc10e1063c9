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

    public Task Consume(ConsumeContext<FunctionOwnershipChanged> context)
    {
        var e = context.Message;
        var owners = string.Join(",", e.Owners);
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO replica_function_owners (project_id, function_key, org_id, owners, is_shared, changed_at)
            VALUES ({e.ProjectId}, {e.FunctionKey}, {e.OrgId}, {owners}, {e.IsShared}, {e.At})
            ON CONFLICT (project_id, function_key) DO UPDATE
            SET owners = excluded.owners, is_shared = excluded.is_shared, changed_at = excluded.changed_at
            WHERE replica_function_owners.changed_at <= excluded.changed_at
            """, context.CancellationToken);
    }

    // Each fact is one INSERT … ON CONFLICT statement (no read first): it keeps the latest fact by
    // the event's own time, so older or repeated events change nothing.

    private Task UpsertPersonAsync(Guid orgId, Guid personId, string? subject, string name, string orgRole, DateTimeOffset at, CancellationToken cancellationToken) =>
        // Subject and name are always taken (they never go back); the org role only when at least as recent.
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO replica_people (person_id, org_id, subject, name, org_role, org_role_set_at)
            VALUES ({personId}, {orgId}, {subject}, {name}, {orgRole}, {at})
            ON CONFLICT (person_id) DO UPDATE
            SET subject = excluded.subject, name = excluded.name,
                org_role = CASE WHEN replica_people.org_role_set_at <= excluded.org_role_set_at THEN excluded.org_role ELSE replica_people.org_role END,
                org_role_set_at = GREATEST(replica_people.org_role_set_at, excluded.org_role_set_at)
            """, cancellationToken);

    private Task UpsertRoleAsync(Guid orgId, Guid projectId, Guid personId, string role, bool holds, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO replica_project_roles (project_id, person_id, role, org_id, holds, changed_at)
            VALUES ({projectId}, {personId}, {role}, {orgId}, {holds}, {at})
            ON CONFLICT (project_id, person_id, role) DO UPDATE
            SET holds = excluded.holds, changed_at = excluded.changed_at
            WHERE replica_project_roles.changed_at <= excluded.changed_at
            """, cancellationToken);
}
