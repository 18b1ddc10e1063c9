using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Paging;
using Events = Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Domain.Crises;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Features.Access;
using Crewline.Ownership.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Crises;

/// <summary>
/// Mid-project crises (R-CRISIS-1..3): opened by any member on a named source or a function key,
/// led by the owner of the source in the project's matrix (never simply the senior role), resolved
/// by a member holding the lead role.
/// </summary>
public sealed class CrisisHandler(
    OwnershipDbContext db,
    ProjectAccess access,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    TimeProvider clock)
{
    public async Task<Proto.Crisis> OpenAsync(Proto.OpenCrisisRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var bySource = request.Source != Proto.CrisisSource.Unspecified;
        var byFunction = !string.IsNullOrWhiteSpace(request.SourceFunctionKey);
        validator.Check(bySource != byFunction, "source", "give exactly one of source and source_function_key");
        if (bySource) validator.KnownEnum(request.Source, "source");
        if (byFunction) validator.RequiredText(request.SourceFunctionKey, "source_function_key", FunctionDefinition.MaxKeyLength);
        validator
            .RequiredText(request.Description, "description", Crisis.MaxDescriptionLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .ThrowIfInvalid();

        var member = await access.RequireMemberAsync(projectId, caller, cancellationToken);
        var functionKey = request.SourceFunctionKey.Trim();
        if (byFunction && member.Project.FunctionOf(functionKey) is null)
            throw new ValidationException("source_function_key", $"'{functionKey}' is not a function of this project's matrix.");

        var id = await idempotency.RunOnceAsync("OpenCrisis", request.IdempotencyKey, request, () =>
        {
            var crisisId = Guid.CreateVersion7();
            var now = clock.GetUtcNow();
            var crisis = bySource
                ? Crisis.Open(crisisId, caller.OrgId, member.Project, request.Source.ToDomain(), request.Description, member.PersonId, now)
                : Crisis.Open(crisisId, caller.OrgId, member.Project, functionKey, request.Description, member.PersonId, now);
            crisis.TakeDomainEvents();
            db.Set<Crisis>().Add(crisis);
            outbox.Enqueue(new Events.CrisisOpened(
                crisis.OrgId, crisis.ProjectId, crisis.Id, crisis.SourceFunctionKey, crisis.LeadRole.ContractName(), crisis.LeadIds,
                crisis.CoordinatingRole.ContractName(), crisis.OpenedBy, crisis.OpenedAt));
            return crisis.Id;
        }, cancellationToken);
        outbox.NotifyCommitted();
        var saved = await db.Set<Crisis>().AsNoTracking().SingleAsync(c => c.Id == id && c.ProjectId == projectId, cancellationToken);
        return ToProto(saved);
    }

    public async Task<Proto.Crisis> ResolveAsync(Proto.ResolveCrisisRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var crisisId = validator.Uuid(request.CrisisId, "crisis_id");
        validator.RequiredText(request.Resolution, "resolution", Crisis.MaxResolutionLength).ThrowIfInvalid();

        var member = await access.RequireMemberAsync(projectId, caller, cancellationToken);
        var crisis = await db.Set<Crisis>().SingleOrDefaultAsync(c => c.Id == crisisId && c.ProjectId == projectId, cancellationToken)
                     ?? throw new NotFoundException("Crisis", request.CrisisId);
        crisis.Resolve(member.Project, member.PersonId, request.Resolution, clock.GetUtcNow());
        crisis.TakeDomainEvents();
        outbox.Enqueue(new Events.CrisisResolved(crisis.OrgId, crisis.ProjectId, crisis.Id, member.PersonId, crisis.Resolution!, crisis.ResolvedAt!.Value));
        await db.SaveChangesAsync(cancellationToken);
        outbox.NotifyCommitted();
        await db.Entry(crisis).ReloadAsync(cancellationToken); // answer with what was stored (timestamps at the database's precision)
        return ToProto(crisis);
    }

    /// <summary>Newest first; the page token is the (opened_at, crisis_id) of the last item.</summary>
    public async Task<Proto.ListCrisesResponse> ListAsync(Proto.ListCrisesRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();
        await access.RequireMemberAsync(projectId, caller, cancellationToken);

        var query = db.Set<Crisis>().AsNoTracking().Where(c => c.ProjectId == projectId);
        var page = await query.NewestFirstPageAsync(c => c.OpenedAt, c => c.Id, after, size, cancellationToken);

        var response = new Proto.ListCrisesResponse();
        response.Crises.AddRange(page.Items.Select(ToProto));
        response.NextPageToken = page.NextPageToken;
        return response;
    }

    internal static Proto.Crisis ToProto(Crisis crisis) => new()
    {
        CrisisId = crisis.Id.ToString(),
        ProjectId = crisis.ProjectId.ToString(),
        Source = crisis.Source?.ToProto() ?? Proto.CrisisSource.Unspecified,
        SourceFunctionKey = crisis.SourceFunctionKey,
        Description = crisis.Description,
        LeadRole = crisis.LeadRole.ToProto(),
        LeadPersonIds = { crisis.LeadIds.Select(id => id.ToString()) },
        CoordinatingRole = crisis.CoordinatingRole.ToProto(),
        CoordinationDuty = crisis.CoordinationDuty,
        LeadReason = crisis.LeadReason,
        OpenedBy = crisis.OpenedBy.ToString(),
        OpenedAt = Timestamp.FromDateTimeOffset(crisis.OpenedAt),
        Resolution = crisis.Resolution ?? "",
        ResolvedBy = crisis.ResolvedBy?.ToString() ?? "",
        ResolvedAt = crisis.ResolvedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        Open = crisis.IsOpen,
    };
}
