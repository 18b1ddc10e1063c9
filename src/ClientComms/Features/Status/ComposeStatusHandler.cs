using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Outbox;
using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Domain.Plan;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Features.Spocs;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ClientComms;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Status;

/// <summary>
/// R-COMM-5: composes a status for the client from the one shared plan, as a draft of the caller
/// (the PM or producer) that goes out like any draft. Within the cadence window, a status from the
/// other role that says something else is refused and published as the duplicated function.
/// </summary>
public sealed class ComposeStatusHandler(ClientCommsDbContext db, SpocSending sending, EventOutbox outbox, StatusOptions options, TimeProvider clock)
{
    public const int MaxNoteLength = 2000;

    public async Task<Proto.ClientMessage> HandleAsync(Proto.ComposeStatusRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.OptionalText(request.Note, "note", MaxNoteLength).ThrowIfInvalid();
        var member = await db.RequireRoleAsync(projectId, caller, RetryDeliveryHandler.Roles, cancellationToken);
        var spoc = await db.Spocs.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);
        var role = ProjectSpoc.AuthorRole(member, spoc)!.Value;
        var now = clock.GetUtcNow();

        var plan = await db.PlanItems.AsNoTracking().Where(i => i.ProjectId == projectId).ToListAsync(cancellationToken);
        var body = StatusComposer.Body(member.Project.Name, plan, request.Note);
        var hash = ClientMessage.HashOf(body);
        var windowStart = now - options.CadenceWindow;
        var inWindow = (await db.Messages.AsNoTracking()
                .Where(m => m.ProjectId == projectId && m.Kind == MessageKind.Status && m.CreatedAt >= windowStart)
                .Select(m => new { m.Id, m.AuthorRole, m.ContentHash }).ToListAsync(cancellationToken))
            .Select(m => new EarlierStatus(m.Id, m.AuthorRole ?? SpocRole.ProjectManager, m.ContentHash ?? "")).ToList();

        if (StatusCadenceRule.SameAs(inWindow, hash) is { } same)
            return await ConversationQueries.MessageAsync(db, same.MessageId, cancellationToken);
        if (StatusCadenceRule.ConflictWith(inWindow, role, hash) is { } conflict)
        {
            outbox.Enqueue(new ConflictingClientStatusRefused(member.Project.OrgId, projectId, caller.Subject, role.ToContractName(),
                conflict.MessageId, conflict.AuthorRole.ToContractName(), windowStart, now));
            await db.SaveChangesAsync(cancellationToken);
            outbox.NotifyCommitted();
            throw new RuleViolationException(StatusComposer.RuleId,
                $"The {conflict.AuthorRole} already composed a different status for the client in this cadence window: one status, from the shared plan.",
                [new PreconditionViolation(StatusComposer.RuleId, "status", $"status {conflict.MessageId} from the {conflict.AuthorRole} is in the window")]);
        }

        var message = ClientMessage.Status(member.Project.OrgId, projectId, StatusComposer.Subject(member.Project.Name, DateOnly.FromDateTime(now.UtcDateTime)),
            body, caller.Subject, role, now);
        db.Messages.Add(message);
        sending.StageDrafted(message);
        await db.SaveChangesAsync(cancellationToken);
        sending.Committed();
        return await ConversationQueries.MessageAsync(db, message.Id, cancellationToken);
    }
}
