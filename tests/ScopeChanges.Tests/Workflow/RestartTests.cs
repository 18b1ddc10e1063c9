using Crewline.Contracts;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static Crewline.ScopeChanges.Tests.Workflow.WorkflowProject;

namespace Crewline.ScopeChanges.Tests.Workflow;

/// <summary>The workflow lives in PostgreSQL: a service host stopped mid-workflow and a new one on the same database finish it.</summary>
[Collection(ScopeChangesCollection.Name)]
public sealed class RestartTests(ScopeChangesFixture fixture)
{
    private async Task<ServiceFactory<Program>> StartHostAsync(string? databaseConnectionString)
    {
        var broker = await fixture.RabbitMq.CreateVirtualHostAsync($"restart-{Guid.NewGuid():N}");
        var settings = databaseConnectionString is null ? null
            : new Dictionary<string, string?> { [$"ConnectionStrings:{ResourceNames.ScopeChangesDb}"] = databaseConnectionString };
        var host = new ServiceFactory<Program>(fixture.Postgres, broker, ResourceNames.ScopeChangesDb, settings);
        _ = host.Server;
        var health = await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(90));
        Assert.Equal(BusHealthStatus.Healthy, health);
        return host;
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_a_host_stopped_after_one_assessment_is_replaced_and_the_workflow_finishes_with_nothing_lost_or_duplicated()
    {
        var first = await StartHostAsync(null);
        var database = first.DatabaseConnectionString;
        WorkflowProject p;
        ChangeRequest change;
        try
        {
            p = await WorkflowProject.CreateAsync(first, new MembershipSeeder<Program>(first));
            change = await p.SubmitAsync();
            await p.Producer.SubmitProductionAssessmentAsync(Production(change, key: "producer-assessment"));
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = await StartHostAsync(database);
        var resumed = p with { Service = second };
        var afterRestart = await resumed.GetAsync(change);
        Assert.Equal(ChangeRequestStatus.Assessing, afterRestart.Status);
        Assert.NotNull(afterRestart.ProductionAssessment);

        // The producer's retry after the restart (same key) is answered from the stored result, not applied twice.
        await resumed.Producer.SubmitProductionAssessmentAsync(Production(change, key: "producer-assessment"));
        await resumed.Pm.SubmitFlowAssessmentAsync(Flow(change));
        await resumed.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager, version: 1));
        var done = await resumed.Producer.SignChangeResponseAsync(Sign(change, ProjectRole.Producer, version: 1));

        Assert.Equal(ChangeRequestStatus.SentToClient, done.Status);
        Assert.Single(done.Versions);
        Assert.Equal(
            ["raised", "production assessed", "flow assessed", "combined", "signed as ProjectManager", "signed as Producer", "change order sent through the SPOC"],
            done.History.Select(h => h.Action));
        Assert.Single(await resumed.EventsAsync("ScopeChangeRequested"));
        Assert.Equal(2, (await resumed.EventsAsync("ScopeChangeAssessmentSubmitted")).Count);
        Assert.Single(await resumed.EventsAsync("ScopeChangeResponseCombined"));
        Assert.Single(await resumed.EventsAsync("ScopeChangeApproved"));
        Assert.Single(await resumed.EventsAsync("ChangeOrderIssued"));
        Assert.Equal(1, (await resumed.Pm.GetChangeOrderAsync(new GetChangeOrderRequest { ChangeRequestId = change.ChangeRequestId, Version = 1 })).Version);
    }
}
