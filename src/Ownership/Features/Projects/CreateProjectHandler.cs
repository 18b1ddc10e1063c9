using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Domain;
using Crewline.Ownership.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Projects;

/// <summary>Creates a project in the caller's org and publishes <see cref="ProjectCreated"/>.</summary>
public sealed class CreateProjectHandler(
    OwnershipDbContext db,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    Access.ProjectAccess access,
    ProjectEventPublisher publisher,
    TimeProvider clock)
{
    public static void Validate(Proto.CreateProjectRequest request) =>
        new RequestValidator()
            .RequiredText(request.Name, "name", Project.MaxNameLength)
            .KnownEnum(request.Type, "type")
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .Check(request.CreatorRoles.All(r => r != Contracts.Common.V1.ProjectRole.Unspecified && Enum.IsDefined(r)), "creator_roles", "must be known roles")
            .Check(Enum.IsDefined(request.ComplexityTier), "complexity_tier", "unknown complexity tier")
            .ThrowIfInvalid();

    public async Task<Proto.Project> HandleAsync(Proto.CreateProjectRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        Validate(request);
        // The org's preset proposes defaults (R-IND-5) and its catalog includes its own functions (R-OWN-8).
        var profile = await db.Set<Orgs.OrgProfile>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var orgFunctions = await db.Set<Orgs.OrgFunction>().AsNoTracking().ToListAsync(cancellationToken);
        var catalog = new Domain.Functions.FunctionCatalog(orgFunctions.Select(f => f.ToDefinition()));
        Domain.Orgs.ComplexityTier? tier = profile?.Preset == Domain.Orgs.IndustryPreset.TechInHouse && request.ComplexityTier != Proto.ComplexityTier.Unspecified
            ? request.ComplexityTier.ToDomain() : null;
        Guid? creator = null;
        if (request.CreatorRoles.Count > 0)
            creator = await access.PersonIdOfAsync(caller, cancellationToken)
                      ?? throw new ValidationException("creator_roles", "the caller is not a person of the org (no person is linked to their token subject), so they cannot take roles");
        Project? made = null;
        var id = await idempotency.RunOnceAsync("CreateProject", request.IdempotencyKey, request, () =>
        {
            var project = Project.Create(Guid.CreateVersion7(), caller.OrgId, request.Name, request.Type.ToDomain(), caller.Subject, clock.GetUtcNow(),
                profile?.Preset, tier, catalog);
            db.Projects.Add(project);
            outbox.Enqueue(new ProjectCreated(project.OrgId, project.Id, project.Name, project.Type.ContractName(), project.CreatedBy, project.CreatedAt,
                project.Matrix.Rows.Select(r => new MatrixFunction(r.Key, r.Function.Name, r.Owners.Select(o => o.ContractName()).ToList(), r.IsShared)).ToList()));
            foreach (var role in request.CreatorRoles.Distinct()) project.AddMember(creator!.Value, role.ToDomain());
            publisher.Stage(project, caller.Subject);
            made = project;
            return project.Id;
        }, cancellationToken);
        outbox.NotifyCommitted();
        // The project just saved answers as is; only a retried key reads the first call's project.
        if (made?.Id == id) return made.ToProto();
        var created = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        return created.ToProto();
    }
}
