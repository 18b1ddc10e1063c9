using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Domain;
using Crewline.Ownership.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Projects;

/// <summary>Creates a project in the caller's org and publishes <see cref="ProjectCreated"/>.</summary>
public sealed class CreateProjectHandler(
    OwnershipDbContext db,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    TimeProvider clock)
{
    public static void Validate(Proto.CreateProjectRequest request) =>
        new RequestValidator()
            .RequiredText(request.Name, "name", Project.MaxNameLength)
            .KnownEnum(request.Type, "type")
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .ThrowIfInvalid();

    public async Task<Proto.Project> HandleAsync(Proto.CreateProjectRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        Validate(request);
        var id = await idempotency.RunOnceAsync("CreateProject", request.IdempotencyKey, request, () =>
        {
            var project = Project.Create(MassTransit.NewId.NextGuid(), caller.OrgId, request.Name, request.Type.ToDomain(), caller.Subject, clock.GetUtcNow());
            db.Projects.Add(project);
            outbox.Enqueue(new ProjectCreated(project.OrgId, project.Id, project.Name, project.Type.ToContractName(), project.CreatedBy, project.CreatedAt));
            return project.Id;
        }, cancellationToken);
        outbox.NotifyCommitted();
        var created = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        return created.ToProto();
    }
}
