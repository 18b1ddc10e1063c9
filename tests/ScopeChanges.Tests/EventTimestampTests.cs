using System.Globalization;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.TestSupport;

namespace Crewline.ScopeChanges.Tests;

[Collection(ScopeChangesCollection.Name)]
public sealed class EventTimestampTests(ScopeChangesFixture fixture)
{
    [Fact]
    public async Task ScopeChangeRequested_carries_the_same_submitted_at_as_the_stored_request()
    {
        var probe = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(ScopeChangeRequested)));
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        var submitted = new List<ChangeRequest>();
        for (var i = 0; i < 5; i++)
            submitted.Add(await client.SubmitChangeRequestAsync(new SubmitChangeRequestRequest { ProjectId = project.ToString(), Title = $"Change {i}" }));

        await Eventually.Until(async () => (await probe.DrainAsync()).Count(m => m["projectId"] == project.ToString()) == submitted.Count, TimeSpan.FromMinutes(2));
        foreach (var change in submitted)
        {
            var message = Assert.Single(await probe.DrainAsync(), m => m["changeRequestId"] == change.ChangeRequestId);
            Assert.Equal(change.SubmittedAt.ToDateTimeOffset(), DateTimeOffset.Parse(message["submittedAt"]!, CultureInfo.InvariantCulture));
        }
    }
}
