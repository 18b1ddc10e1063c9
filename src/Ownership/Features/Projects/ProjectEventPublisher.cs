using Crewline.BuildingBlocks.Outbox;
using Crewline.Ownership.Domain;
using Crewline.Ownership.Domain.Projects.Events;
using Crewline.Ownership.Infrastructure;
using Crewline.Ownership.Domain.Roles;
using Contract = Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Projects;

/// <summary>
/// Turns a project's domain events into integration events in the outbox and saves them with the
/// project in one SaveChanges (the xmin check makes a concurrent edit fail as Aborted).
/// </summary>
public sealed class ProjectEventPublisher(OwnershipDbContext db, EventOutbox outbox, TimeProvider clock)
{
    public async Task SaveAsync(Project project, string callerSubject, CancellationToken cancellationToken)
    {
        Stage(project, callerSubject);
        await db.SaveChangesAsync(cancellationToken);
        outbox.NotifyCommitted();
    }

    /// <summary>Enqueues the integration events of the project's pending domain events.</summary>
    public void Stage(Project project, string callerSubject)
    {
        var now = clock.GetUtcNow();
        foreach (var e in project.TakeDomainEvents())
            if (Translate(project, e, callerSubject, now) is { } integration) outbox.Enqueue(integration);
    }

    private static string Role(ProjectRole role) => role.ContractName();

    private static List<string> Roles(IEnumerable<ProjectRole> roles) => roles.Select(Role).ToList();

    private static object? Translate(Project p, object e, string subject, DateTimeOffset now) => e switch
    {
        MemberAdded m => new Contract.ProjectMemberAdded(p.OrgId, p.Id, m.PersonId, Role(m.Role), subject, now),
        MemberRoleRemoved m => new Contract.ProjectMemberRoleRemoved(p.OrgId, p.Id, m.PersonId, Role(m.Role), subject, now),
        FunctionOwnerReassigned r => Changed(p, r.FunctionKey, "Reassigned", r.ConfirmationsCleared, subject, now),
        FunctionOwnerAdded r => Changed(p, r.FunctionKey, "OwnerAdded", r.ConfirmationsCleared, subject, now),
        FunctionOwnerRemoved r => Changed(p, r.FunctionKey, "OwnerRemoved", r.ConfirmationsCleared, subject, now),
        FunctionMarkedShared r => Changed(p, r.FunctionKey, "MarkedShared", r.ConfirmationsCleared, subject, now),
        FunctionAddedToMatrix r => Changed(p, r.FunctionKey, "AddedToMatrix", false, subject, now),
        FunctionConfirmed c => new Contract.FunctionConfirmed(p.OrgId, p.Id, c.FunctionKey, Roles(c.Roles), c.By, c.At),
        OwnershipGapDetected g => new Contract.OwnershipGapDetected(p.OrgId, p.Id, g.FunctionKey, g.Finding.Evidence, g.Finding.Fix, g.Finding.RuleId, now),
        DuplicateOwnershipDetected d => new Contract.DuplicateOwnershipDetected(p.OrgId, p.Id, d.FunctionKey, d.Finding.Evidence, d.Finding.Fix, d.Finding.RuleId, now),
        HierarchyDeclared h => new Contract.ProjectHierarchyDeclared(p.OrgId, p.Id, h.Hierarchy.ContractName(), h.By, now),
        CadenceSet c => new Contract.ProjectCadenceSet(p.OrgId, p.Id, c.Cadence.Frequency.ContractName(), c.Cadence.Note, c.By, now),
        SpocRecorded s => new Contract.ProjectSpocRecorded(p.OrgId, p.Id, Role(s.Role), s.PersonSubject, s.NamedAt),
        KickoffStepCompleted k => new Contract.KickoffStepCompleted(p.OrgId, p.Id, k.Step.ContractName(), k.By, k.At),
        TemplateApplied => null, // published by the handler, which knows the source project
        ProjectStarted s => new Contract.ProjectStarted(p.OrgId, p.Id, s.By, s.At),
        CloseoutItemConfirmed c => new Contract.CloseoutItemConfirmed(p.OrgId, p.Id, c.FunctionKey, Roles(c.Roles), c.By, c.At),
        RetroRecorded r => new Contract.ProjectRetroRecorded(p.OrgId, p.Id, r.FacilitatedBy, r.By, r.At),
        ProjectClosed c => new Contract.ProjectClosed(p.OrgId, p.Id, c.By, c.At),
        _ => null,
    };

    private static Contract.FunctionOwnershipChanged Changed(Project p, string key, string change, bool cleared, string subject, DateTimeOffset now)
    {
        var row = p.Matrix.Get(key);
        return new Contract.FunctionOwnershipChanged(p.OrgId, p.Id, key, change, Roles(row.Owners), row.IsShared, cleared, subject, now);
    }
}
