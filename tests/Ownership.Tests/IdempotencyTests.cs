using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;

namespace Crewline.Ownership.Tests;

[Collection(OwnershipCollection.Name)]
public sealed class IdempotencyTests(OwnershipFixture fixture)
{
    [Fact]
    public async Task A_retried_create_with_the_same_idempotency_key_returns_the_first_project_and_creates_nothing_else()
    {
        var (org, client) = fixture.NewOrgCaller();
        var request = new CreateProjectRequest { Name = "Brand refresh", Type = ProjectType.BrandIdentity, IdempotencyKey = "create-brand-refresh-1" };

        var first = await client.CreateProjectAsync(request);
        var retried = await client.CreateProjectAsync(request.Clone());

        Assert.Equal(first, retried);
        Assert.Single(await fixture.ProjectsOfAsync(org));
        Assert.Single(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task The_same_idempotency_key_with_a_different_request_is_InvalidArgument_on_idempotency_key()
    {
        var (org, client) = fixture.NewOrgCaller();
        await client.CreateProjectAsync(new CreateProjectRequest { Name = "Campaign A", Type = ProjectType.CampaignDevelopment, IdempotencyKey = "key-1" });

        await RpcAssert.InvalidArgumentOn("idempotency_key", () => client.CreateProjectAsync(
            new CreateProjectRequest { Name = "Campaign B", Type = ProjectType.CampaignDevelopment, IdempotencyKey = "key-1" }).ResponseAsync);

        Assert.Equal("Campaign A", Assert.Single(await fixture.ProjectsOfAsync(org)).Name);
        Assert.Single(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task Creates_without_an_idempotency_key_are_not_deduplicated()
    {
        var (org, client) = fixture.NewOrgCaller();
        var request = new CreateProjectRequest { Name = "Weekly content", Type = ProjectType.ContentShoot };

        var first = await client.CreateProjectAsync(request);
        var second = await client.CreateProjectAsync(request.Clone());

        Assert.NotEqual(first.ProjectId, second.ProjectId);
        Assert.Equal(2, (await fixture.ProjectsOfAsync(org)).Count);
        Assert.Equal(2, (await fixture.OutboxOfAsync(org)).Count);
    }

    [Fact]
    public async Task An_idempotency_key_belongs_to_one_org_so_another_org_using_it_gets_its_own_project()
    {
        var (orgA, clientA) = fixture.NewOrgCaller();
        var (orgB, clientB) = fixture.NewOrgCaller();
        var request = new CreateProjectRequest { Name = "Shared key", Type = ProjectType.InternalTeam, IdempotencyKey = "same-key" };

        var a = await clientA.CreateProjectAsync(request);
        var b = await clientB.CreateProjectAsync(request.Clone());

        Assert.NotEqual(a.ProjectId, b.ProjectId);
        Assert.Equal(orgB.ToString(), b.OrgId);
        Assert.Single(await fixture.ProjectsOfAsync(orgA));
        Assert.Single(await fixture.ProjectsOfAsync(orgB));
    }
}
