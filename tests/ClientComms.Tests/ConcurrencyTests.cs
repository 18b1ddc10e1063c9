using Crewline.Contracts.Common.V1;
using Crewline.Contracts.ClientComms.V1;
using Grpc.Core;

namespace Crewline.ClientComms.Tests;

[Collection(ClientCommsCollection.Name)]
public sealed class ConcurrencyTests(ClientCommsFixture fixture)
{
    private const int Rounds = 5;

    [Fact]
    [Trait("Rule", "R-COMM-1")]
    public async Task R_COMM_1_concurrent_first_namings_leave_exactly_one_SPOC_and_one_event_per_change()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (org, client) = fixture.NewOrgCaller();
            var project = await fixture.KnownProjectAsync(org);

            var calls = new[] { ("producer-sam", "Sam Reyes", ProjectRole.Producer), ("pm-alex", "Alex Moreau", ProjectRole.ProjectManager) }
                .Select(async p =>
                {
                    try
                    {
                        return await client.NameSpocAsync(new NameSpocRequest
                        {
                            ProjectId = project.ToString(), Role = p.Item3, PersonId = fixture.Members.PersonIdOf(org, p.Item1).ToString(),
                            PersonSubject = p.Item1, PersonName = p.Item2, Reason = "either may speak for this film",
                        });
                    }
                    catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
                    {
                        return null; // lost the race to name the first SPOC: told to read and retry
                    }
                });
            var results = await Task.WhenAll(calls);

            Assert.Contains(results, r => r is not null);
            var stored = Assert.Single(await fixture.SpocsOfAsync(org));
            Assert.Equal(results.Count(r => r is not null), (await fixture.OutboxOfAsync(org)).Count);
            var current = await client.GetSpocAsync(new GetSpocRequest { ProjectId = project.ToString() });
            Assert.Equal(stored.PersonSubject, current.PersonSubject);
        }
    }

    [Fact]
    public async Task Concurrent_retries_with_the_same_idempotency_key_all_return_the_one_SPOC_they_named()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (org, client) = fixture.NewOrgCaller();
            var project = await fixture.KnownProjectAsync(org);
            var request = new NameSpocRequest
            {
                ProjectId = project.ToString(), Role = ProjectRole.Producer, PersonId = fixture.Members.PersonIdOf(org, "producer-sam").ToString(),
                PersonSubject = "producer-sam", PersonName = "Sam Reyes", IdempotencyKey = "retry-1",
            };

            var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.NameSpocAsync(request.Clone()).ResponseAsync));

            Assert.Equal(results[0], results[1]);
            Assert.Single(await fixture.SpocsOfAsync(org));
            Assert.Single(await fixture.OutboxOfAsync(org));
        }
    }
}
