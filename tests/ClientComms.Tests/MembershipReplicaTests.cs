using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Events.Ownership;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.ClientComms.Tests;

/// <summary>
/// The membership replica (built once in BuildingBlocks) as this service keeps it: Ownership's
/// events may arrive in any order and more than once, and the replica ends where Ownership is.
/// </summary>
[Collection(ClientCommsCollection.Name)]
public sealed class MembershipReplicaTests(ClientCommsFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_member_whose_events_arrive_before_the_projects_ProjectCreated_is_a_member_once_it_arrives()
    {
        var org = Guid.NewGuid();
        var created = ClientCommsFixture.NewProjectCreated(org);
        var member = fixture.Client(fixture.Service.TokenFor("early-pm", org));
        await fixture.Members.MemberAsync(org, created.ProjectId, "early-pm", MembershipNames.ProjectManager);

        // The project is not known yet: NotFound, and the member's role is kept, not dropped.
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            member.GetSpocAsync(new GetSpocRequest { ProjectId = created.ProjectId.ToString() }).ResponseAsync);

        await fixture.PublishProjectAsync(created);

        var spoc = await member.GetSpocAsync(new GetSpocRequest { ProjectId = created.ProjectId.ToString() });
        Assert.Equal(created.ProjectId.ToString(), spoc.ProjectId);
    }

    [Fact]
    public async Task A_role_removal_that_arrives_before_the_older_addition_it_undoes_still_wins()
    {
        var org = Guid.NewGuid();
        var project = await fixture.PublishProjectAsync(ClientCommsFixture.NewProjectCreated(org));
        var personId = await fixture.Members.PersonAsync(org, "gone-pm");
        var caller = fixture.Client(fixture.Service.TokenFor("gone-pm", org));

        await fixture.Bus.Publish(new ProjectMemberRoleRemoved(org, project, personId, MembershipNames.ProjectManager, "owner", T0.AddMinutes(5)));
        await Eventually.Until(() => RoleRowAsync(org, project, personId, r => r is { Holds: false }));
        await PublishAndWaitConsumedAsync(new ProjectMemberAdded(org, project, personId, MembershipNames.ProjectManager, "owner", T0));

        Assert.False((await RoleAsync(org, project, personId, MembershipNames.ProjectManager))!.Holds);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => caller.NameSpocAsync(new NameSpocRequest
            { ProjectId = project.ToString(), Role = Crewline.Contracts.Common.V1.ProjectRole.Producer, PersonId = personId.ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task A_person_and_their_org_role_are_kept_whatever_the_order_of_PersonAdded_and_PersonOrgRoleChanged()
    {
        var org = Guid.NewGuid();
        var personId = Guid.CreateVersion7();
        await fixture.Bus.Publish(new PersonOrgRoleChanged(org, personId, "late-admin", "Late Admin", MembershipNames.OrgAdmin, "owner", T0.AddMinutes(1)));
        await Eventually.Until(() => PersonAsync(org, personId, p => p?.OrgRole == MembershipNames.OrgAdmin));
        await PublishAndWaitConsumedAsync(new PersonAdded(org, personId, "Late Admin", "late@example.com", "late-admin", "owner", T0, MembershipNames.OrgMember));

        var person = await fixture.Service.InScopeAsync(org, sp => sp.GetRequiredService<Infrastructure.ClientCommsDbContext>()
            .Set<ReplicaPerson>().AsNoTracking().SingleAsync(p => p.PersonId == personId));
        Assert.Equal(("late-admin", MembershipNames.OrgAdmin), (person.Subject, person.OrgRole));
    }

    private Task<ReplicaProjectRole?> RoleAsync(Guid org, Guid project, Guid personId, string role) =>
        fixture.Service.InScopeAsync(org, sp => sp.GetRequiredService<Infrastructure.ClientCommsDbContext>().Set<ReplicaProjectRole>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.ProjectId == project && r.PersonId == personId && r.Role == role));

    private async Task<bool> RoleRowAsync(Guid org, Guid project, Guid personId, Func<ReplicaProjectRole?, bool> check) =>
        check(await RoleAsync(org, project, personId, MembershipNames.ProjectManager));

    private async Task<bool> PersonAsync(Guid org, Guid personId, Func<ReplicaPerson?, bool> check) =>
        check(await fixture.Service.InScopeAsync(org, sp => sp.GetRequiredService<Infrastructure.ClientCommsDbContext>().Set<ReplicaPerson>().AsNoTracking()
            .SingleOrDefaultAsync(p => p.PersonId == personId)));

    /// <summary>Publishes and waits until the replica's consumer has handled the message (its inbox row is committed).</summary>
    private async Task PublishAndWaitConsumedAsync<T>(T message) where T : class
    {
        var id = Guid.CreateVersion7();
        await fixture.Bus.Publish(message, MassTransit.Pipe.Execute<MassTransit.PublishContext<T>>(ctx => ctx.MessageId = id));
        await Eventually.Until(() => fixture.Service.InScopeAsync(null, sp => sp.GetRequiredService<Infrastructure.ClientCommsDbContext>()
            .InboxMessages.AnyAsync(m => m.MessageId == id)));
    }
}
