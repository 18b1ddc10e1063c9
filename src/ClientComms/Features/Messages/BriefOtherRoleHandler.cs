using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Messages;

/// <summary>R-COMM-4: the SPOC records that the other role was briefed on a message (who, when, what) before it goes out.</summary>
public sealed class BriefOtherRoleHandler(ClientCommsDbContext db, SpocSending sending, TimeProvider clock)
{
    public async Task<Proto.Briefing> HandleAsync(Proto.BriefOtherRoleRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var messageId = validator.Uuid(request.MessageId, "message_id");
        var personId = validator.Uuid(request.BriefedPersonId, "briefed_person_id");
        validator.RequiredText(request.Summary, "summary", Briefing.MaxSummaryLength).ThrowIfInvalid();
        var member = await db.RequireMemberAsync(projectId, caller, cancellationToken);
        var message = await db.Messages.Include(m => m.Briefings)
                          .SingleOrDefaultAsync(m => m.Id == messageId && m.ProjectId == projectId && m.Direction == MessageDirection.Outbound, cancellationToken)
                      ?? throw new NotFoundException("Message", messageId.ToString());
        var spoc = await db.RequireSpocAsync(projectId, cancellationToken);
        if (spoc.PersonId != member.PersonId)
            throw new PermissionDeniedException($"Only the SPOC, {spoc.PersonName}, records the briefing of the other role.");
        var otherRole = Briefing.OtherRoleThan(spoc.Role);
        if (personId == spoc.PersonId || !(await db.HoldersOfAsync(projectId, otherRole, cancellationToken)).Contains(personId))
            throw new RuleViolationException(Briefing.RuleId, $"The person briefed must hold the other role ({otherRole.MembershipName()}) on the project.",
                [new PreconditionViolation(Briefing.RuleId, "briefed_person_id", $"holds {otherRole.MembershipName()} on the project and is not the SPOC")]);

        var briefing = message.Brief(BriefingKind.Briefed, otherRole, personId, caller.Subject, request.Summary, clock.GetUtcNow());
        db.Add(briefing);
        sending.StageBriefed(message, briefing);
        await db.SaveChangesAsync(cancellationToken);
        sending.Committed();
        return briefing.ToProto();
    }
}
