using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.ClientComms.Tests;

/// <summary>R-COMM-1 and R-COMM-2 beyond naming itself: overriding the proposal needs a reason, non-members name nobody, the change log, and the announcement to the client at kickoff.</summary>
[Collection(ClientCommsCollection.Name)]
public sealed class SpocLifecycleTests(ClientCommsFixture fixture)
{
    [Fact]
    [Trait("Rule", "R-COMM-2")]
    public async Task R_COMM_2_overriding_the_proposed_role_needs_a_reason_and_the_reason_is_logged()
    {
        var (org, pm) = fixture.NewOrgCaller("pm-alex");
        var project = await fixture.KnownProjectAsync(org, ProjectType.Film); // proposes the producer
        var naming = new NameSpocRequest { ProjectId = project.ToString(), Role = ProjectRole.ProjectManager, PersonId = fixture.Members.PersonIdOf(org, "pm-alex").ToString() };

        var error = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => pm.NameSpocAsync(naming).ResponseAsync);
        Assert.Contains("R-COMM-2", error.Status.Detail);
        Assert.Empty(await fixture.SpocsOfAsync(org));
        Assert.Empty(await fixture.OutboxOfAsync(org));

        naming.Reason = "The client's marketing team works with Alex daily.";
        var named = await pm.NameSpocAsync(naming);
        var confirmed = await pm.NameSpocAsync(new NameSpocRequest
            { ProjectId = project.ToString(), Role = ProjectRole.Producer, PersonId = fixture.Members.PersonIdOf(org, "producer-sam").ToString() });

        Assert.Equal(ProjectRole.ProjectManager, named.Role);
        Assert.Equal([("pm-alex", naming.Reason), ("producer-sam", "")], confirmed.History.Select(h => (h.PersonSubject, h.Reason)));
        Assert.All(confirmed.History, h => Assert.Equal("pm-alex", h.NamedBy));
    }

    [Fact]
    [Trait("Rule", "R-COMM-1")]
    public async Task R_COMM_1_naming_by_a_person_who_is_not_on_the_project_is_refused_and_no_SpocNamed_keeps_the_kickoff_gate_closed()
    {
        var (org, _) = fixture.NewOrgCaller("pm-alex");
        var project = await fixture.KnownProjectAsync(org);
        await fixture.Members.PersonAsync(org, "outsider-olga");
        var outsider = fixture.Client(fixture.Service.TokenFor("outsider-olga", org));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => outsider.NameSpocAsync(new NameSpocRequest
            { ProjectId = project.ToString(), Role = ProjectRole.Producer, PersonId = fixture.Members.PersonIdOf(org, "producer-sam").ToString() }).ResponseAsync);

        Assert.Empty(await fixture.SpocsOfAsync(org));
        Assert.DoesNotContain("SpocNamed", await fixture.OutboxTypesOfAsync(org));
    }

    [Fact]
    [Trait("Rule", "R-COMM-1")]
    public async Task R_COMM_1_at_kickoff_the_SPOC_is_announced_to_every_client_contact_by_a_message_of_its_own_and_again_when_renamed()
    {
        var p = await CommsProject.CreateAsync(fixture);

        await fixture.Bus.Publish(new ProjectStarted(p.Org, p.Project, p.PersonIdOf("pm-alex"), DateTimeOffset.UtcNow));

        await Eventually.Until(() => Task.FromResult(p.Contacts.All(c => fixture.Smtp.Arrived(c.Email, "Your point of contact").Count == 1)));
        var mail = fixture.Smtp.Arrived(p.Contacts[0].Email, "Your point of contact").Single();
        Assert.Contains("Alex Moreau", mail.Subject);
        Assert.Contains("single point of contact", mail.Text);
        var announcement = (await fixture.MessagesOfAsync(p.Org)).Single(m => m.Kind == Domain.Messages.MessageKind.SpocAnnouncement);
        Assert.Equal(Domain.Messages.BriefingKind.Kickoff, announcement.Briefings.Single().Kind);
        Assert.Contains("SpocAnnounced", await fixture.OutboxTypesOfAsync(p.Org));

        await p.Pm.NameSpocAsync(new NameSpocRequest
        {
            ProjectId = p.Project.ToString(), Role = ProjectRole.Producer, PersonId = p.PersonIdOf("producer-sam").ToString(), PersonName = "Sam Reyes",
            Reason = "Production takes over for the shoot.",
        });

        await Eventually.Until(() => Task.FromResult(fixture.Smtp.Arrived(p.Contacts[0].Email, "Your point of contact for Spring spot: Sam Reyes").Count == 1));
        Assert.Single(fixture.Smtp.Arrived(p.Contacts[0].Email, "Alex Moreau"));
    }
}
