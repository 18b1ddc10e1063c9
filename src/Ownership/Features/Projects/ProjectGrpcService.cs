using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Domain;
using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Features.Access;
using Crewline.Ownership.Features.Kickoff;
using Crewline.Ownership.Features.People;
using Crewline.Ownership.Infrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Common = Crewline.Contracts.Common.V1;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Projects;

/// <summary>
/// A project's membership, matrix, kickoff and closeout. Every call goes through
/// <see cref="ProjectAccess"/>: only a member of the project may read or change it.
/// </summary>
public sealed class ProjectGrpcService(
    OwnershipDbContext db,
    ProjectAccess access,
    ProjectEventPublisher publisher,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    IPlanMilestones planMilestones,
    TimeProvider clock) : Proto.ProjectService.ProjectServiceBase
{
    public override async Task<Proto.ProjectDetail> GetProjectDetail(Proto.GetProjectDetailRequest request, ServerCallContext context)
    {
        var (project, _) = await Load(request.ProjectId, context);
        return project.ToDetail();
    }

    public override async Task<Proto.ProjectDetail> AddMember(Proto.AddMemberRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator();
        var personId = validator.Uuid(request.PersonId, "person_id");
        validator.KnownEnum(request.Role, "role");
        var (project, me) = await Load(request.ProjectId, context, validator);
        if (!ProjectAccess.IsCreatorBootstrap(project, context.Caller())) EnsureEditor(project, me, "add members");
        if (!await db.Set<Person>().AnyAsync(p => p.Id == personId, context.CancellationToken))
            throw new ValidationException("person_id", $"{personId} is not a person of the org; add them to the org first");
        project.AddMember(personId, request.Role.ToDomain());
        return await Save(project, context);
    }

    public override async Task<Proto.ProjectDetail> RemoveRole(Proto.RemoveRoleRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator();
        var personId = validator.Uuid(request.PersonId, "person_id");
        validator.KnownEnum(request.Role, "role");
        var (project, me) = await Load(request.ProjectId, context, validator);
        EnsureEditor(project, me, "remove roles");
        project.RemoveRole(personId, request.Role.ToDomain());
        return await Save(project, context);
    }

    public override async Task<Proto.Matrix> GetMatrix(Proto.GetMatrixRequest request, ServerCallContext context)
    {
        var (project, _) = await Load(request.ProjectId, context);
        var matrix = new Proto.Matrix { ProjectId = project.Id.ToString() };
        matrix.Rows.AddRange(project.Matrix.Rows.Select(r => r.ToProto()));
        return matrix;
    }

    public override Task<Proto.MatrixRow> ReassignOwner(Proto.ChangeOwnerRequest request, ServerCallContext context) =>
        ChangeRow(request.ProjectId, request.FunctionKey, context, v => v.KnownEnum(request.Owner, "owner"),
            (p, me) => p.ReassignOwner(request.FunctionKey, request.Owner.ToDomain(), me));

    public override Task<Proto.MatrixRow> AddOwner(Proto.ChangeOwnerRequest request, ServerCallContext context) =>
        ChangeRow(request.ProjectId, request.FunctionKey, context, v => v.KnownEnum(request.Owner, "owner"),
            (p, me) => p.AddOwner(request.FunctionKey, request.Owner.ToDomain(), me));

    public override Task<Proto.MatrixRow> MarkShared(Proto.MarkSharedRequest request, ServerCallContext context) =>
        ChangeRow(request.ProjectId, request.FunctionKey, context,
            v => v.Check(request.CoOwners.Count >= 2, "co_owners", "must name two or more roles")
                .Check(request.CoOwners.All(r => r != Common.ProjectRole.Unspecified && Enum.IsDefined(r)), "co_owners", "must be known roles"),
            (p, me) => p.MarkShared(request.FunctionKey, request.CoOwners.Select(r => r.ToDomain()).ToList(), me));

    public override async Task<Proto.MatrixRow> ConfirmFunction(Proto.ConfirmFunctionRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().RequiredText(request.FunctionKey, "function_key", 60)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength);
        var (project, me) = await Load(request.ProjectId, context, validator);
        await idempotency.RunOnceAsync("ConfirmFunction", request.IdempotencyKey, request, () =>
        {
            project.ConfirmFunction(request.FunctionKey, me, clock.GetUtcNow());
            publisher.Stage(project, context.Caller().Subject);
            return project.Id;
        }, context.CancellationToken);
        outbox.NotifyCommitted();
        return project.Matrix.Get(request.FunctionKey).ToProto();
    }

    public override async Task<Proto.DetectFindingsResponse> DetectFindings(Proto.DetectFindingsRequest request, ServerCallContext context)
    {
        var (project, _) = await Load(request.ProjectId, context);
        var response = new Proto.DetectFindingsResponse();
        response.Findings.AddRange(project.DetectOwnershipFindings().Select(f => f.ToProto()));
        return response;
    }

    public override async Task<Proto.ProjectDetail> DeclareHierarchy(Proto.DeclareHierarchyRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().Check(request.Hierarchy != Proto.Hierarchy.Unspecified && Enum.IsDefined(request.Hierarchy),
            "hierarchy", "must be HIERARCHY_PEERS, HIERARCHY_PRODUCER_SENIOR or HIERARCHY_PROJECT_MANAGER_SENIOR");
        var (project, me) = await Load(request.ProjectId, context, validator);
        project.DeclareHierarchy(request.Hierarchy.ToDomain(), me);
        return await Save(project, context);
    }

    public override async Task<Proto.ProjectDetail> SetCadence(Proto.SetCadenceRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().KnownEnum(request.Frequency, "frequency")
            .OptionalText(request.Note, "note", CommunicationCadence.MaxNoteLength);
        var (project, me) = await Load(request.ProjectId, context, validator);
        project.SetCadence(new CommunicationCadence(request.Frequency.ToDomain(), request.Note), me);
        return await Save(project, context);
    }

    public override async Task<Proto.ProjectDetail> CompleteKickoffStep(Proto.CompleteKickoffStepRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().KnownEnum(request.Step, "step");
        var (project, me) = await Load(request.ProjectId, context, validator);
        project.CompleteKickoffStep(request.Step.ToDomain(), me, clock.GetUtcNow());
        return await Save(project, context);
    }

    public override async Task<Proto.ProjectDetail> ApplyTemplate(Proto.ApplyTemplateRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator();
        var sourceId = validator.Uuid(request.SourceProjectId, "source_project_id");
        var (project, me) = await Load(request.ProjectId, context, validator);
        var source = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == sourceId, context.CancellationToken)
                     ?? throw new NotFoundException("Project", request.SourceProjectId);
        project.ApplyTemplate(ProjectTemplate.From(source), me);
        var prefilled = project.DomainEvents.OfType<Domain.Projects.Events.TemplateApplied>().Sum(t => t.FunctionsPrefilled);
        outbox.Enqueue(new KickoffTemplateApplied(project.OrgId, project.Id, source.Id, prefilled, me, clock.GetUtcNow()));
        return await Save(project, context);
    }

    public override async Task<Proto.KickoffStatus> GetKickoffStatus(Proto.GetKickoffStatusRequest request, ServerCallContext context)
    {
        var (project, _) = await Load(request.ProjectId, context);
        var unmet = project.Phase == Domain.Projects.ProjectPhase.Kickoff
            ? project.UnmetKickoffConditions(await planMilestones.RolesWithMilestonesAsync(project.Id, context.CancellationToken))
            : [];
        var status = new Proto.KickoffStatus { Ready = project.Phase == Domain.Projects.ProjectPhase.Kickoff && unmet.Count == 0, Phase = project.Phase.ToProto() };
        status.Unmet.AddRange(unmet.Select(u => u.ToProto()));
        return status;
    }

    public override async Task<Proto.ProjectDetail> StartProject(Proto.StartProjectRequest request, ServerCallContext context)
    {
        var (project, me) = await Load(request.ProjectId, context);
        project.Start(me, await planMilestones.RolesWithMilestonesAsync(project.Id, context.CancellationToken), clock.GetUtcNow());
        return await Save(project, context);
    }

    public override async Task<Proto.ProjectDetail> ConfirmCloseoutItem(Proto.ConfirmCloseoutItemRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().RequiredText(request.FunctionKey, "function_key", 60)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength);
        var (project, me) = await Load(request.ProjectId, context, validator);
        await idempotency.RunOnceAsync("ConfirmCloseoutItem", request.IdempotencyKey, request, () =>
        {
            project.ConfirmCloseoutItem(request.FunctionKey, me, clock.GetUtcNow());
            publisher.Stage(project, context.Caller().Subject);
            return project.Id;
        }, context.CancellationToken);
        outbox.NotifyCommitted();
        return project.ToDetail();
    }

    public override async Task<Proto.ProjectDetail> RecordRetro(Proto.RecordRetroRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().RequiredText(request.Notes, "notes", Domain.Closing.RetroRecord.MaxNotesLength);
        var facilitators = request.FacilitatedBy.Select(f => validator.Uuid(f, "facilitated_by")).ToList();
        validator.Check(facilitators.Count > 0, "facilitated_by", "must name the facilitators");
        var (project, me) = await Load(request.ProjectId, context, validator);
        project.RecordRetro(request.Notes, facilitators, me, clock.GetUtcNow());
        return await Save(project, context);
    }

    public override async Task<Proto.CloseoutStatus> GetCloseoutStatus(Proto.GetCloseoutStatusRequest request, ServerCallContext context)
    {
        var (project, _) = await Load(request.ProjectId, context);
        var unmet = project.UnmetCloseoutItems();
        var status = new Proto.CloseoutStatus { Ready = project.Phase == Domain.Projects.ProjectPhase.Active && unmet.Count == 0, Phase = project.Phase.ToProto() };
        status.Unmet.AddRange(unmet.Select(u => u.ToProto()));
        return status;
    }

    public override async Task<Proto.ProjectDetail> CloseProject(Proto.CloseProjectRequest request, ServerCallContext context)
    {
        var (project, me) = await Load(request.ProjectId, context);
        project.Close(me, clock.GetUtcNow());
        return await Save(project, context);
    }

    // ---- shared steps ----

    private async Task<(Project Project, Guid Me)> Load(string projectId, ServerCallContext context, RequestValidator? validator = null)
    {
        var caller = context.Caller();
        validator ??= new RequestValidator();
        var id = validator.Uuid(projectId, "project_id");
        validator.ThrowIfInvalid();
        return await access.RequireAsync(id, caller, context.CancellationToken);
    }

    private async Task<Proto.ProjectDetail> Save(Project project, ServerCallContext context)
    {
        await publisher.SaveAsync(project, context.Caller().Subject, context.CancellationToken);
        return project.ToDetail();
    }

    private async Task<Proto.MatrixRow> ChangeRow(string projectId, string functionKey, ServerCallContext context,
        Action<RequestValidator> validate, Action<Project, Guid> change)
    {
        var validator = new RequestValidator().RequiredText(functionKey, "function_key", 60);
        validate(validator);
        var (project, me) = await Load(projectId, context, validator);
        change(project, me);
        await publisher.SaveAsync(project, context.Caller().Subject, context.CancellationToken);
        return project.Matrix.Get(functionKey).ToProto();
    }

    /// <summary>Membership is changed by a PM, producer or leadership member (like the matrix).</summary>
    private static void EnsureEditor(Project project, Guid me, string action)
    {
        if (!project.Members.HoldsAny(me, [ProjectRole.ProjectManager, ProjectRole.Producer, ProjectRole.Leadership]))
            throw new PermissionDeniedException($"Only a member holding the PM, producer or leadership role may {action}.");
    }
}
