using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Ownership.Tests.Orgs;

/// <summary>Org roles: the first person who adds themself is the org's admin; admins set org roles; an org keeps an admin (R-ACCESS-1).</summary>
[Collection(OwnershipCollection.Name)]
public sealed class OrgRoleTests(OwnershipFixture fixture)
{
    private OrgService.OrgServiceClient Orgs(Guid org, string subject) =>
        new(fixture.Service.CreateChannel(fixture.Service.TokenFor(subject, org)));

    [Fact]
    public async Task The_orgs_first_person_must_add_themself_and_becomes_its_admin_later_people_are_members_unless_made_admins()
    {
        var org = Guid.NewGuid();
        var first = Orgs(org, "founder");

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            first.AddPersonAsync(new AddPersonRequest { Name = "Someone else", Email = "else@example.com", Subject = "else" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            first.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Too early" }).ResponseAsync);
        Assert.Empty(await fixture.OutboxOfAsync(org));

        // Asking for the member role does not matter for the first person: an org starts with an admin.
        var founder = await first.AddPersonAsync(new AddPersonRequest { Name = "Founder", Email = "founder@example.com", Subject = "founder", OrgRole = OrgRole.Member });
        var member = await first.AddPersonAsync(new AddPersonRequest { Name = "Member", Email = "member@example.com", Subject = "member" });
        var admin = await first.AddPersonAsync(new AddPersonRequest { Name = "Second admin", Email = "admin2@example.com", OrgRole = OrgRole.Admin });

        Assert.Equal((OrgRole.Admin, OrgRole.Member, OrgRole.Admin), (founder.OrgRole, member.OrgRole, admin.OrgRole));
        Assert.Equal(founder, await first.GetMeAsync(new GetMeRequest()));
        var events = (await fixture.OutboxOfAsync(org)).Where(m => m.MessageType.Contains(".PersonAdded,")).Select(m => m.Payload).ToList();
        Assert.Equal(3, events.Count);
        Assert.Contains("ORG_ROLE_ADMIN", events[0]);
        Assert.Contains("ORG_ROLE_MEMBER", events[1]);

        // A member reads but does not change the org.
        var asMember = Orgs(org, "member");
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            asMember.AddPersonAsync(new AddPersonRequest { Name = "Sneaky", Email = "sneaky@example.com" }).ResponseAsync);
        Assert.Equal(3, (await asMember.ListPeopleAsync(new ListPeopleRequest())).People.Count);
        await RpcAssert.InvalidArgumentOn("org_role", () =>
            first.AddPersonAsync(new AddPersonRequest { Name = "Bad", Email = "bad@example.com", OrgRole = (OrgRole)9 }).ResponseAsync);
    }

    [Fact]
    [Trait("Rule", "R-ACCESS-1")]
    public async Task R_ACCESS_1_an_admin_sets_org_roles_and_the_last_admin_cannot_be_demoted()
    {
        var org = Guid.NewGuid();
        var founderClient = Orgs(org, "founder");
        var founder = await founderClient.AddPersonAsync(new AddPersonRequest { Name = "Founder", Email = "founder@example.com", Subject = "founder" });
        var kim = await founderClient.AddPersonAsync(new AddPersonRequest { Name = "Kim", Email = "kim@example.com", Subject = "kim" });
        var kimClient = Orgs(org, "kim");

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            kimClient.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = kim.PersonId, OrgRole = OrgRole.Admin }).ResponseAsync);
        var error = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () =>
            founderClient.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = founder.PersonId, OrgRole = OrgRole.Member }).ResponseAsync);
        Assert.Contains("R-ACCESS-1", error.Status.Detail);

        var promoted = await founderClient.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = kim.PersonId, OrgRole = OrgRole.Admin });
        Assert.Equal(OrgRole.Admin, promoted.OrgRole);
        var demoted = await kimClient.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = founder.PersonId, OrgRole = OrgRole.Member });
        Assert.Equal(OrgRole.Member, demoted.OrgRole);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            founderClient.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Not mine any more" }).ResponseAsync);

        var changes = (await fixture.OutboxOfAsync(org)).Where(m => m.MessageType.Contains(".PersonOrgRoleChanged,")).Select(m => m.Payload).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Contains("ORG_ROLE_ADMIN", changes[0]);
        Assert.Contains(founder.PersonId, changes[1]);

        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            kimClient.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = Guid.NewGuid().ToString(), OrgRole = OrgRole.Member }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("org_role", () =>
            kimClient.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = founder.PersonId, OrgRole = OrgRole.Unspecified }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("person_id", () =>
            kimClient.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = "nope", OrgRole = OrgRole.Member }).ResponseAsync);
    }

    [Fact]
    [Trait("Rule", "R-ACCESS-1")]
    public async Task R_ACCESS_1_two_admins_demoting_each_other_at_once_leave_the_org_one_admin()
    {
        for (var round = 0; round < 3; round++)
        {
            var org = Guid.NewGuid();
            var a = Orgs(org, "a");
            var personA = await a.AddPersonAsync(new AddPersonRequest { Name = "A", Email = "a@example.com", Subject = "a" });
            var personB = await a.AddPersonAsync(new AddPersonRequest { Name = "B", Email = "b@example.com", Subject = "b", OrgRole = OrgRole.Admin });
            var b = Orgs(org, "b");

            var results = await Task.WhenAll(
                Outcome(() => a.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = personB.PersonId, OrgRole = OrgRole.Member }).ResponseAsync),
                Outcome(() => b.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = personA.PersonId, OrgRole = OrgRole.Member }).ResponseAsync));

            // One wins; the other is refused: by R-ACCESS-1, or because its caller is no longer an admin.
            Assert.Single(results, r => r == StatusCode.OK);
            Assert.Single(results, r => r is StatusCode.FailedPrecondition or StatusCode.PermissionDenied);
            var people = (await a.ListPeopleAsync(new ListPeopleRequest())).People;
            Assert.Single(people, p => p.OrgRole == OrgRole.Admin);
        }
    }

    private static async Task<StatusCode> Outcome(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }
}
