using System.Globalization;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Events.ClientComms;
using Crewline.TestSupport;

namespace Crewline.ClientComms.Tests;

[Collection(ClientCommsCollection.Name)]
public sealed class EventTimestampTests(ClientCommsFixture fixture)
{
    [Fact]
    [Trait("Rule", "R-COMM-1")]
    public async Task R_COMM_1_SpocNamed_carries_the_same_named_at_as_the_stored_SPOC()
    {
        var probe = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(SpocNamed)));
        var (org, client) = fixture.NewOrgCaller();
        var named = new List<Spoc>();
        for (var i = 0; i < 5; i++)
        {
            var project = await fixture.KnownProjectAsync(org);
            named.Add(await client.NameSpocAsync(new NameSpocRequest
            {
                ProjectId = project.ToString(), Role = ProjectRole.Producer, PersonId = fixture.Members.PersonIdOf(org, "producer-sam").ToString(),
                PersonSubject = "producer-sam", PersonName = "Sam Reyes",
            }));
        }

        await Eventually.Until(async () => (await probe.DrainAsync()).Count(m => m["orgId"] == org.ToString()) == named.Count, TimeSpan.FromMinutes(2));
        foreach (var spoc in named)
        {
            var message = Assert.Single(await probe.DrainAsync(), m => m["projectId"] == spoc.ProjectId);
            Assert.Equal(spoc.NamedAt.ToDateTimeOffset(), DateTimeOffset.Parse(message["namedAt"]!, CultureInfo.InvariantCulture));
        }
    }
}
