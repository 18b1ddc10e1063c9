using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ClientComms;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Spocs;

/// <summary>
/// Names (or renames) the single point of contact of a project of the caller's org (R-COMM-1)
/// and publishes <see cref="SpocNamed"/> when it changes.
/// </summary>
public sealed class NameSpocHandler(
    ClientCommsDbContext db,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    TimeProvider clock)
{
    public static Guid Validate(Proto.NameSpocRequest request)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator
            .Check(SpocMapping.IsSpocRole(request.Role), "role", "must be PROJECT_ROLE_PROJECT_MANAGER or PROJECT_ROLE_PRODUCER")
            .RequiredText(request.PersonSubject, "person_subject", Spoc.MaxPersonLength)
            .RequiredText(request.PersonName, "person_name", Spoc.MaxPersonLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .ThrowIfInvalid();
        return projectId;
    }

    public async Task<Proto.Spoc> HandleAsync(Proto.NameSpocRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var projectId = Validate(request);
        var project = await db.RequireKnownProjectAsync(projectId, cancellationToken);
        var current = await db.Spocs.SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);
        try
        {
            await idempotency.RunOnceAsync("NameSpoc", request.IdempotencyKey, request, () =>
            {
                var spoc = Name(current, project, request, caller);
                if (spoc is not null)
                    outbox.Enqueue(new SpocNamed(spoc.OrgId, spoc.ProjectId, spoc.Role.ToContractName(), spoc.PersonSubject, spoc.PersonName, spoc.NamedBy, spoc.NamedAt));
                return projectId;
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ClientCommsDbContext.SpocPrimaryKeyName })
        {
            throw new ConflictException($"The SPOC of project '{projectId}' was named by a concurrent call; read it and retry.");
        }
        outbox.NotifyCommitted();
        var named = await db.Spocs.AsNoTracking().SingleAsync(s => s.ProjectId == projectId, cancellationToken);
        return named.ToProto(project);
    }

    /// <summary>Stages the new or renamed SPOC; null when the same person in the same role is named again.</summary>
    private Spoc? Name(Spoc? current, KnownProject project, Proto.NameSpocRequest request, CallerIdentity caller)
    {
        var role = request.Role.ToDomain();
        var now = clock.GetUtcNow();
        if (current is null)
        {
            var spoc = Spoc.Name(project.ProjectId, project.OrgId, role, request.PersonSubject, request.PersonName, caller.Subject, now);
            db.Spocs.Add(spoc);
            return spoc;
        }
        return current.Rename(role, request.PersonSubject, request.PersonName, caller.Subject, now) ? current : null;
    }
}
