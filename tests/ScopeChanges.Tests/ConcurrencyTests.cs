using Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Tests;

[Collection(ScopeChangesCollection.Name)]
public sealed class ConcurrencyTests(ScopeChangesFixture fixture)
{
    [Fact]
    public async Task Concurrent_retries_with_the_same_idempotency_key_submit_one_request_and_all_return_it()
    {
        for (var round = 0; round < 5; round++)
        {
            var (org, client) = fixture.NewOrgCaller();
            var project = await fixture.KnownProjectAsync(org);
            var request = new SubmitChangeRequestRequest { ProjectId = project.ToString(), Title = "Extra shoot day", IdempotencyKey = "retry-1" };

            var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SubmitChangeRequestAsync(request.Clone()).ResponseAsync));

            Assert.All(results, r => Assert.Equal(results[0], r));
            Assert.Single(await fixture.ChangeRequestsOfAsync(org));
            Assert.Single(await fixture.OutboxOfAsync(org));
        }
    }
}
