using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Features.People;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Orgs;

public sealed partial class OrgGrpcService
{
    /// <summary>R-ACCESS-1: an org always keeps at least one admin.</summary>
    public const string LastAdminRuleId = "R-ACCESS-1";

    public override async Task<Proto.Person> SetOrgRole(Proto.SetOrgRoleRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var validator = new RequestValidator();
        var personId = validator.Uuid(request.PersonId, "person_id");
        validator.Check(request.OrgRole is Proto.OrgRole.Admin or Proto.OrgRole.Member, "org_role", "must be ORG_ROLE_ADMIN or ORG_ROLE_MEMBER");
        validator.ThrowIfInvalid();
        await access.RequireAdminAsync(caller, context.CancellationToken);
        var role = request.OrgRole == Proto.OrgRole.Admin ? OrgRole.Admin : OrgRole.Member;

        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        // Lock the org's admins: two admins demoting each other at once cannot leave the org without one.
        var admins = await db.Set<Person>()
            .FromSql($"SELECT * FROM people WHERE org_id = {caller.OrgId} AND org_role = 'Admin' FOR UPDATE")
            .Select(p => p.Id).ToListAsync(context.CancellationToken);
        var person = await db.Set<Person>().SingleOrDefaultAsync(p => p.Id == personId, context.CancellationToken)
                     ?? throw new NotFoundException("Person", request.PersonId);
        if (person.OrgRole == role) return ToProto(person);
        if (person.OrgRole == OrgRole.Admin && admins.Count <= 1)
            throw new RuleViolationException(LastAdminRuleId, "An org keeps at least one admin: make another person admin first.");
        person.OrgRole = role;
        outbox.Enqueue(new PersonOrgRoleChanged(caller.OrgId, person.Id, person.Subject, person.Name, role.ContractName(), caller.Subject, clock.GetUtcNow()));
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        outbox.NotifyCommitted();
        return ToProto(person);
    }
}
