using Crewline.Contracts.Events.ClientComms;
using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>A project's own facts: creation, phase, hierarchy, SPOC, kickoff steps and closeout.</summary>
public sealed class ProjectProjector :
    IProjector<ProjectCreated>, IProjector<ProjectStarted>, IProjector<ProjectClosed>, IProjector<ProjectHierarchyDeclared>,
    IProjector<SpocNamed>, IProjector<KickoffStepCompleted>, IProjector<CloseoutItemConfirmed>, IProjector<ProjectRetroRecorded>
{
    public async Task ApplyAsync(ProjectCreated e, ProjectionContext context, CancellationToken ct)
    {
        var project = await context.Db.ProjectAsync(e.OrgId, e.ProjectId, ct);
        if (!project.IsPlaceholder) return;
        project.Name = e.Name;
        project.ProjectType = e.ProjectType;
        project.CreatedAt = e.CreatedAt;
        project.IsPlaceholder = false;
        // One atomic statement: the org's count moves once per project, whichever copy of the event comes first.
        await context.Db.Database.ExecuteSqlAsync(
            $"INSERT INTO org_portfolios (org_id, project_count) VALUES ({e.OrgId}, 1) ON CONFLICT (org_id) DO UPDATE SET project_count = org_portfolios.project_count + 1",
            ct);
    }

    public async Task ApplyAsync(ProjectStarted e, ProjectionContext context, CancellationToken ct)
    {
        var project = await context.Db.ProjectAsync(e.OrgId, e.ProjectId, ct);
        project.StartedAt = ReadModelRows.Earlier(project.StartedAt, e.StartedAt);
    }

    public async Task ApplyAsync(ProjectClosed e, ProjectionContext context, CancellationToken ct)
    {
        var project = await context.Db.ProjectAsync(e.OrgId, e.ProjectId, ct);
        project.ClosedAt = ReadModelRows.Earlier(project.ClosedAt, e.ClosedAt);
    }

    public async Task ApplyAsync(ProjectHierarchyDeclared e, ProjectionContext context, CancellationToken ct)
    {
        var project = await context.Db.ProjectAsync(e.OrgId, e.ProjectId, ct);
        if (project.HierarchyAt is { } at && at > e.At) return;
        if (project.HierarchyAt == e.At && string.CompareOrdinal(project.Hierarchy, e.Hierarchy) >= 0) return;
        project.Hierarchy = e.Hierarchy;
        project.HierarchyAt = e.At;
    }

    public async Task ApplyAsync(SpocNamed e, ProjectionContext context, CancellationToken ct)
    {
        var project = await context.Db.ProjectAsync(e.OrgId, e.ProjectId, ct);
        if (project.SpocNamedAt is { } at && at > e.NamedAt) return;
        if (project.SpocNamedAt == e.NamedAt && string.CompareOrdinal(project.SpocSubject, e.PersonSubject) >= 0) return;
        project.SpocSubject = e.PersonSubject;
        project.SpocPersonId = e.PersonId;
        project.SpocRole = e.Role;
        project.SpocNamedAt = e.NamedAt;
    }

    public Task ApplyAsync(KickoffStepCompleted e, ProjectionContext context, CancellationToken ct) =>
        context.Db.FactAsync(e.OrgId, e.ProjectId, FactKinds.KickoffStep, e.Step, e.At, ct);

    public Task ApplyAsync(CloseoutItemConfirmed e, ProjectionContext context, CancellationToken ct) =>
        context.Db.FactAsync(e.OrgId, e.ProjectId, FactKinds.CloseoutItem, e.FunctionKey, e.At, ct);

    public Task ApplyAsync(ProjectRetroRecorded e, ProjectionContext context, CancellationToken ct) =>
        context.Db.FactAsync(e.OrgId, e.ProjectId, FactKinds.Retro, "retro", e.At, ct);
}
