using Crewline.BuildingBlocks.Concurrency;
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
using Crewline.Ownership.Infrastructure.Concurrency;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Common = Crewline.Contracts.Common.V1;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Projects;

/// <summary>
/// A project's membership, matrix, kickoff and closeout. Every call goes through
/// <see cref="ProjectAccess"/>: only a member of the project may read or change it. Every change
/// runs through <see cref="MergeOnConflict"/> naming the rows it writes, so people editing
/// different rows of one project at once all succeed.
/// </summary>
public sealed class ProjectGrpcService(
    OwnershipDbContext db,
    ProjectAccess access,
    ProjectEventPublisher publisher,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    IPlanMilestones planMilestones,
    MergeOnConflict merge,
    TimeProvider clock) : Proto.ProjectService.ProjectServiceBase
{
    public override async Task<Proto.ProjectDetail> GetProjectDetail(Proto.GetProjectDetailRequest request, ServerCallContext context)
    {
        var (project, _) = await access.ReadAsync(ValidProjectId(request.ProjectId, new RequestValidator()), context.Caller(), context.CancellationToken);
        return project.Detail;
    }

    public override async Task<Proto.ProjectDetail> AddMember(Proto.AddMemberRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator();
        var personId = validator.Uuid(request.PersonId, "person_id");
        validator.KnownEnum(request.Role, "role");
        return await Edit(request.ProjectId, context, validator, project => ProjectRows.Member(project, personId), async (project, me) =>
        {
            if (!ProjectAccess.IsCreatorBootstrap(project, context.Caller())) EnsureEditor(project, me, "add members");
            if (!await db.Set<Person>().AnyAsync(p => p.Id == personId, context.CancellationToken))
                throw new ValidationException("person_id", $"{personId} is not a person of the org; add them to the org first");
            project.AddMember(personId, request.Role.ToDomain());
        });
    }

    public override async Task<Proto.ProjectDetail> RemoveRole(Proto.RemoveRoleRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator();
        var personId = validator.Uuid(request.PersonId, "person_id");
        validator.KnownEnum(request.Role, "role");
        return await Edit(request.ProjectId, context, validator, project => ProjectRows.Member(project, personId), (project, me) =>
        {
            EnsureEditor(project, me, "remove roles");
            project.RemoveRole(personId, request.Role.ToDomain());
        });
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
        return await EditOnce(request.ProjectId, context, validator, "ConfirmFunction", request.IdempotencyKey, request,
            project => ProjectRows.Function(project, request.FunctionKey),
            (project, me) => project.ConfirmFunction(request.FunctionKey, me, clock.GetUtcNow()),
            project => project.Matrix.Get(request.FunctionKey).ToProto());
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
        return await Edit(request.ProjectId, context, validator, project => ProjectRows.Setting("hierarchy", project.Hierarchy),
            (project, me) => project.DeclareHierarchy(request.Hierarchy.ToDomain(), me));
    }

    public override async Task<Proto.ProjectDetail> SetCadence(Proto.SetCadenceRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().KnownEnum(request.Frequency, "frequency")
            .OptionalText(request.Note, "note", CommunicationCadence.MaxNoteLength);
        return await Edit(request.ProjectId, context, validator, project => ProjectRows.Setting("communication cadence", project.Cadence),
            (project, me) => project.SetCadence(new CommunicationCadence(request.Frequency.ToDomain(), request.Note), me));
    }

    public override async Task<Proto.ProjectDetail> CompleteKickoffStep(Proto.CompleteKickoffStepRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().KnownEnum(request.Step, "step");
        return await Edit(request.ProjectId, context, validator,
            project => ProjectRows.Setting($"kickoff step {request.Step}", project.KickoffStepsDone.Contains(request.Step.ToDomain())),
            (project, me) => project.CompleteKickoffStep(request.Step.ToDomain(), me, clock.GetUtcNow()));
    }

    public override async Task<Proto.ProjectDetail> ApplyTemplate(Proto.ApplyTemplateRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator();
        var sourceId = validator.Uuid(request.SourceProjectId, "source_project_id");
        return await Edit(request.ProjectId, context, validator, ProjectRows.WholeMatrix, async (project, me) =>
        {
            var source = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == sourceId, context.CancellationToken)
                         ?? throw new NotFoundException("Project", request.SourceProjectId);
            project.ApplyTemplate(ProjectTemplate.From(source), me);
            var prefilled = project.DomainEvents.OfType<Domain.Projects.Events.TemplateApplied>().Sum(t => t.FunctionsPrefilled);
            outbox.Enqueue(new KickoffTemplateApplied(project.OrgId, project.Id, source.Id, prefilled, me, clock.GetUtcNow()));
        });
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
        return await Edit(request.ProjectId, context, new RequestValidator(), ProjectRows.Phase, async (project, me) =>
            project.Start(me, await planMilestones.RolesWithMilestonesAsync(project.Id, context.CancellationToken), clock.GetUtcNow()));
    }

    public override async Task<Proto.ProjectDetail> ConfirmCloseoutItem(Proto.ConfirmCloseoutItemRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().RequiredText(request.FunctionKey, "function_key", 60)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength);
        return await EditOnce(request.ProjectId, context, validator, "ConfirmCloseoutItem", request.IdempotencyKey, request,
            project => ProjectRows.Function(project, request.FunctionKey),
            (project, me) => project.ConfirmCloseoutItem(request.FunctionKey, me, clock.GetUtcNow()),
            project => project.ToDetail());
    }

    public override async Task<Proto.ProjectDetail> RecordRetro(Proto.RecordRetroRequest request, ServerCallContext context)
    {
        var validator = new RequestValidator().RequiredText(request.Notes, "notes", Domain.Closing.RetroRecord.MaxNotesLength);
        var facilitators = request.FacilitatedBy.Select(f => validator.Uuid(f, "facilitated_by")).ToList();
        validator.Check(facilitators.Count > 0, "facilitated_by", "must name the facilitators");
        return await Edit(request.ProjectId, context, validator, project => ProjectRows.Setting("retro", project.Retro),
            (project, me) => project.RecordRetro(request.Notes, facilitators, me, clock.GetUtcNow()));
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
        return await Edit(request.ProjectId, context, new RequestValidator(), ProjectRows.Phase,
            (project, me) => project.Close(me, clock.GetUtcNow()));
    }

    // ---- shared steps ----

    /// <summary>The project for reading only (the cached version, see <see cref="ProjectReadCache"/>): never change it.</summary>
    private async Task<(Project Project, Guid Me)> Load(string projectId, ServerCallContext context)
    {
        var (read, me) = await access.ReadAsync(ValidProjectId(projectId, new RequestValidator()), context.Caller(), context.CancellationToken);
        return (read.Project, me);
    }

    /// <summary>The project id, once every field of the request is valid (bad input reads and changes nothing).</summary>
    private static Guid ValidProjectId(string projectId, RequestValidator validator)
    {
        var id = validator.Uuid(projectId, "project_id");
        validator.ThrowIfInvalid();
        return id;
    }

    /// <summary>Changes the project and answers its detail; see <see cref="MergeOnConflict"/> for concurrent edits.</summary>
    private Task<Proto.ProjectDetail> Edit(string projectId, ServerCallContext context, RequestValidator validator,
        Func<Project, TouchedRows> touches, Action<Project, Guid> change) =>
        Edit(projectId, context, validator, touches, (project, me) =>
        {
            change(project, me);
            return Task.CompletedTask;
        });

    private Task<Proto.ProjectDetail> Edit(string projectId, ServerCallContext context, RequestValidator validator,
        Func<Project, TouchedRows> touches, Func<Project, Guid, Task> change)
    {
        var id = ValidProjectId(projectId, validator);
        return merge.RunAsync(ct => access.RequireAsync(id, context.Caller(), ct), loaded => touches(loaded.Project), async (loaded, ct) =>
        {
            await change(loaded.Project, loaded.PersonId);
            await publisher.SaveAsync(loaded.Project, context.Caller().Subject, ct);
            return loaded.Project.ToDetail();
        }, context.CancellationToken);
    }

    /// <summary>Like <see cref="Edit(string, ServerCallContext, RequestValidator, Func{Project, TouchedRows}, Action{Project, Guid})"/>, at most once per idempotency key.</summary>
    private Task<T> EditOnce<T>(string projectId, ServerCallContext context, RequestValidator validator,
        string operation, string? idempotencyKey, Google.Protobuf.IMessage request,
        Func<Project, TouchedRows> touches, Action<Project, Guid> change, Func<Project, T> answer)
    {
        var id = ValidProjectId(projectId, validator);
        return merge.RunAsync(ct => access.RequireAsync(id, context.Caller(), ct), loaded => touches(loaded.Project), async (loaded, ct) =>
        {
            await idempotency.RunOnceAsync(operation, idempotencyKey, request, () =>
            {
                change(loaded.Project, loaded.PersonId);
                publisher.Stage(loaded.Project, context.Caller().Subject);
                return loaded.Project.Id;
            }, ct);
            outbox.NotifyCommitted();
            return answer(loaded.Project);
        }, context.CancellationToken);
    }

    private async Task<Proto.MatrixRow> ChangeRow(string projectId, string functionKey, ServerCallContext context,
        Action<RequestValidator> validate, Action<Project, Guid> change)
    {
        var validator = new RequestValidator().RequiredText(functionKey, "function_key", 60);
        validate(validator);
        var id = ValidProjectId(projectId, validator);
        return await merge.RunAsync(ct => access.RequireAsync(id, context.Caller(), ct), loaded => ProjectRows.Function(loaded.Project, functionKey),
            async (loaded, ct) =>
            {
                change(loaded.Project, loaded.PersonId);
                await publisher.SaveAsync(loaded.Project, context.Caller().Subject, ct);
                return loaded.Project.Matrix.Get(functionKey).ToProto();
            }, context.CancellationToken);
    }

    /// <summary>Membership is changed by a PM, producer or leadership member (like the matrix).</summary>
    private static void EnsureEditor(Project project, Guid me, string action)
    {
        if (!project.Members.HoldsAny(me, [ProjectRole.ProjectManager, ProjectRole.Producer, ProjectRole.Leadership]))
            throw new PermissionDeniedException($"Only a member holding the PM, producer or leadership role may {action}.");
    }
}
