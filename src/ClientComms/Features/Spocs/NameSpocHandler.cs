using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ClientComms;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Spocs;

/// <summary>
/// Names (or renames) the single point of contact of a project of the caller's org (R-COMM-1)
/// and publishes <see cref="SpocNamed"/> when it changes. Only the project's PM or producer names
/// it, and the SPOC is a member of the project holding the SPOC's role, named by person id. Change
/// orders held for want of a SPOC are sent by the new SPOC in the same transaction.
/// </summary>
public sealed class NameSpocHandler(
    ClientCommsDbContext db,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    SpocAnnouncement announcement,
    SpocSending sending,
    ChangeOrders.ChangeOrderDispatch changeOrders,
    TimeProvider clock)
{
    /// <summary>The project roles that may name the SPOC.</summary>
    public static readonly IReadOnlyList<string> NamingRoles = [MembershipNames.ProjectManager, MembershipNames.Producer];

    public static (Guid ProjectId, Guid PersonId) Validate(Proto.NameSpocRequest request)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var personId = validator.Uuid(request.PersonId, "person_id");
        validator
            .Check(SpocMapping.IsSpocRole(request.Role), "role", "must be PROJECT_ROLE_PROJECT_MANAGER or PROJECT_ROLE_PRODUCER")
            .OptionalText(request.PersonSubject, "person_subject", Spoc.MaxPersonLength)
            .OptionalText(request.PersonName, "person_name", Spoc.MaxPersonLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .OptionalText(request.Reason, "reason", SpocChange.MaxReasonLength)
            .ThrowIfInvalid();
        return (projectId, personId);
    }

    public async Task<Proto.Spoc> HandleAsync(Proto.NameSpocRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (projectId, personId) = Validate(request);
        var project = (await db.RequireRoleAsync(projectId, caller, NamingRoles, cancellationToken)).Project;
        var (subject, name) = await SpocPersonAsync(projectId, personId, request, cancellationToken);
        SpocOverrideRule.Check(SpocMapping.ProposedRoleOf(project), request.Role.ToDomain(), request.Reason);
        var current = await db.Spocs.SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);
        var kickedOff = await db.Kickoffs.AnyAsync(k => k.ProjectId == projectId, cancellationToken);
        try
        {
            await idempotency.RunOnceAsync("NameSpoc", request.IdempotencyKey, request, async _ =>
            {
                var spoc = Name(current, project, request.Role.ToDomain(), personId, subject, name, caller);
                if (spoc is not null)
                {
                    db.SpocChanges.Add(SpocChange.Of(spoc, request.Reason));
                    outbox.Enqueue(new SpocNamed(spoc.OrgId, spoc.ProjectId, spoc.Role.ToContractName(), spoc.PersonSubject, spoc.PersonName,
                        spoc.NamedBy, spoc.NamedAt, spoc.PersonId));
                    if (kickedOff) await announcement.StageAsync(project, spoc, cancellationToken);
                    // Change orders issued while the project had no SPOC go out now, through them (R-SCOPE-5).
                    await changeOrders.ReleaseHeldAsync(spoc, cancellationToken);
                }
                return projectId;
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ClientCommsDbContext.SpocPrimaryKeyName })
        {
            throw new ConflictException($"The SPOC of project '{projectId}' was named by a concurrent call; read it and retry.");
        }
        sending.Committed();
        var named = await db.Spocs.AsNoTracking().SingleAsync(s => s.ProjectId == projectId, cancellationToken);
        return named.ToProto(project, await db.HistoryAsync(projectId, cancellationToken));
    }

    /// <summary>
    /// R-COMM-1: the SPOC is a member of the project holding the SPOC's role; their subject and name
    /// are the person's (a given subject must be the person's, a given name overrides the display name).
    /// </summary>
    private async Task<(string Subject, string Name)> SpocPersonAsync(Guid projectId, Guid personId, Proto.NameSpocRequest request, CancellationToken cancellationToken)
    {
        var role = request.Role == Crewline.Contracts.Common.V1.ProjectRole.Producer ? MembershipNames.Producer : MembershipNames.ProjectManager;
        var person = await db.PersonAsync(personId, cancellationToken);
        if (person is null || !(await db.RolesOfAsync(projectId, personId, cancellationToken)).Contains(role))
            throw new RuleViolationException("R-COMM-1", $"The SPOC must be a member of the project holding {role}; person '{personId}' is not.");
        var given = request.PersonSubject.Trim();
        if (given.Length > 0 && person.Subject is not null && given != person.Subject)
            throw new ValidationException("person_subject", "must be the subject linked to the person (or empty)");
        var subject = given.Length > 0 ? given : person.Subject
            ?? throw new ValidationException("person_subject", "the person has no linked subject: give the SPOC's subject");
        var name = request.PersonName.Trim().Length > 0 ? request.PersonName.Trim() : person.Name;
        return (subject, name);
    }

    /// <summary>Stages the new or renamed SPOC; null when the same person in the same role is named again.</summary>
    private Spoc? Name(Spoc? current, KnownProject project, SpocRole role, Guid personId, string subject, string name, CallerIdentity caller)
    {
        var now = clock.GetUtcNow();
        if (current is null)
        {
            var spoc = Spoc.Name(project.ProjectId, project.OrgId, role, personId, subject, name, caller.Subject, now);
            db.Spocs.Add(spoc);
            return spoc;
        }
        return current.Rename(role, personId, subject, name, caller.Subject, now) ? current : null;
    }
}
