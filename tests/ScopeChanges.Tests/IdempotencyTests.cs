using Crewline.Contracts.ScopeChanges.V1;
using Crewline.TestSupport;

namespace Crewline.ScopeChanges.Tests;

[Collection(ScopeChangesCollection.Name)]
public sealed class IdempotencyTests(ScopeChangesFixture fixture)
{
    [Fact]
    public async Task A_retried_submit_with_the_same_idempotency_key_returns_the_first_request_and_submits_nothing_else()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        var request = new SubmitChangeRequestRequest { ProjectId = project.ToString(), Title = "Extra shoot day", IdempotencyKey = "submit-1" };

        var first = await client.SubmitChangeRequestAsync(request);
        var retried = await client.SubmitChangeRequestAsync(request.Clone());

        Assert.Equal(first, retried);
        Assert.Single(await fixture.ChangeRequestsOfAsync(org));
        Assert.Single(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task The_same_idempotency_key_with_a_different_request_is_InvalidArgument_on_idempotency_key()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        await client.SubmitChangeRequestAsync(new SubmitChangeRequestRequest { ProjectId = project.ToString(), Title = "Change A", IdempotencyKey = "key-1" });

        await RpcAssert.InvalidArgumentOn("idempotency_key", () => client.SubmitChangeRequestAsync(
            new SubmitChangeRequestRequest { ProjectId = project.ToString(), Title = "Change B", IdempotencyKey = "key-1" }).ResponseAsync);

        Assert.Equal("Change A", Assert.Single(await fixture.ChangeRequestsOfAsync(org)).Title);
        Assert.Single(await fixture.OutboxOfAsync(org));
    }

    [Fact]
    public async Task Submits_without_an_idempotency_key_are_not_deduplicated()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        var request = new SubmitChangeRequestRequest { ProjectId = project.ToString(), Title = "Same words twice" };

        var first = await client.SubmitChangeRequestAsync(request);
        var second = await client.SubmitChangeRequestAsync(request.Clone());

        Assert.NotEqual(first.ChangeRequestId, second.ChangeRequestId);
        Assert.Equal(2, (await fixture.ChangeRequestsOfAsync(org)).Count);
        Assert.Equal(2, (await fixture.OutboxOfAsync(org)).Count);
    }

    [Fact]
    public async Task An_idempotency_key_belongs_to_one_org_so_another_org_using_it_gets_its_own_request()
    {
        var (orgA, clientA) = fixture.NewOrgCaller();
        var (orgB, clientB) = fixture.NewOrgCaller();
        var projectA = await fixture.KnownProjectAsync(orgA);
        var projectB = await fixture.KnownProjectAsync(orgB);

        var a = await clientA.SubmitChangeRequestAsync(new SubmitChangeRequestRequest { ProjectId = projectA.ToString(), Title = "Shared key", IdempotencyKey = "same-key" });
        var b = await clientB.SubmitChangeRequestAsync(new SubmitChangeRequestRequest { ProjectId = projectB.ToString(), Title = "Shared key", IdempotencyKey = "same-key" });

        Assert.NotEqual(a.ChangeRequestId, b.ChangeRequestId);
        Assert.Equal(orgB.ToString(), b.OrgId);
        Assert.Single(await fixture.ChangeRequestsOfAsync(orgA));
        Assert.Single(await fixture.ChangeRequestsOfAsync(orgB));
    }
}
