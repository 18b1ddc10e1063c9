using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.ClientComms.Tests;

[Collection(ClientCommsCollection.Name)]
public sealed class KnownProjectTests(ClientCommsFixture fixture)
{
    [Fact]
    public async Task A_project_becomes_known_from_a_published_ProjectCreated_and_only_then_is_its_SPOC_readable()
    {
        var (org, client) = fixture.NewOrgCaller();
        var created = ClientCommsFixture.NewProjectCreated(org, ProjectType.ContentShoot, "Lookbook shoot");

        // Before its ProjectCreated arrives the project does not exist here.
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            client.GetSpocAsync(new GetSpocRequest { ProjectId = created.ProjectId.ToString() }).ResponseAsync);

        await fixture.PublishProjectAsync(created);

        var known = Assert.Single(await fixture.KnownProjectsOfAsync(org));
        Assert.Equal(created.ProjectId, known.ProjectId);
        Assert.Equal(org, known.OrgId);
        Assert.Equal("Lookbook shoot", known.Name);
        Assert.Equal("PROJECT_TYPE_CONTENT_SHOOT", known.ProjectType);
        await fixture.Members.MemberAsync(org, created.ProjectId, "pm-alex", Crewline.BuildingBlocks.Membership.MembershipNames.ProjectManager);
        var spoc = await client.GetSpocAsync(new GetSpocRequest { ProjectId = created.ProjectId.ToString() });
        Assert.Equal(created.ProjectId.ToString(), spoc.ProjectId);
        Assert.False(spoc.Named);
    }

    [Fact]
    public async Task A_known_project_is_registered_under_its_own_org_only()
    {
        var org = Guid.NewGuid();
        await fixture.KnownProjectAsync(org);

        Assert.Empty(await fixture.KnownProjectsOfAsync(Guid.NewGuid()));
        Assert.Single(await fixture.KnownProjectsOfAsync(org));
    }

    [Fact]
    public async Task The_same_ProjectCreated_delivered_twice_registers_the_project_once()
    {
        var org = Guid.NewGuid();
        var created = ClientCommsFixture.NewProjectCreated(org);

        await fixture.PublishProjectAsync(created);
        await fixture.PublishProjectAsync(created);
        // A later project of the org arriving means the copy has been consumed as well.
        var next = await fixture.KnownProjectAsync(org);

        var known = await fixture.KnownProjectsOfAsync(org);
        Assert.Equal(2, known.Count);
        Assert.Single(known, p => p.ProjectId == created.ProjectId);
        Assert.Single(known, p => p.ProjectId == next);
    }
}
