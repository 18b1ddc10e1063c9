using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Domain.Functions;
using Crewline.TestSupport;
using Events = Crewline.Contracts.Events.Ownership;

namespace Crewline.Ownership.Tests.Decisions;

[Collection(OwnershipCollection.Name)]
public sealed class DecisionEventsOnTheBusTests(OwnershipFixture fixture)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task R_ROUTE_2_an_override_is_published_as_DecisionRecorded_with_IsOverride_and_a_crisis_as_CrisisOpened()
    {
        var decisions = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(Events.DecisionRecorded)));
        var crises = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(Events.CrisisOpened)));
        var p = await DecisionProjects.CreateAsync(fixture);

        var decision = await p.Decisions("pm").RecordDecisionAsync(new RecordDecisionRequest
            { ProjectId = p.Id, FunctionKey = FunctionKeys.ProductionBudget, What = "Cut the post budget", Why = "Client asked" });
        var crisis = await p.Crises("producer").OpenCrisisAsync(new OpenCrisisRequest
            { ProjectId = p.Id, Source = CrisisSource.TalentIssue, Description = "Lead actor ill" });

        await Eventually.Until(async () => (await decisions.DrainAsync()).Any(m =>
            m["decisionId"] == decision.DecisionId && string.Equals(m["isOverride"], "true", StringComparison.OrdinalIgnoreCase) && m["orgId"] == p.Org.ToString()
            && m["summary"] == "Cut the post budget" && m["rationale"] == "Client asked"), DeliveryTimeout);
        await Eventually.Until(async () => (await crises.DrainAsync()).Any(m =>
            m["crisisId"] == crisis.CrisisId && m["leadRole"] == "PROJECT_ROLE_PRODUCER"), DeliveryTimeout);
    }
}
