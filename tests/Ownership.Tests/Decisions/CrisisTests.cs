using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Domain.Functions;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Ownership.Tests.Decisions;

[Collection(OwnershipCollection.Name)]
public sealed class CrisisTests(OwnershipFixture fixture)
{
    private static OpenCrisisRequest Open(TestProject p, CrisisSource source, string description = "It happened") =>
        new() { ProjectId = p.Id, Source = source, Description = description };

    [Fact]
    public async Task R_CRISIS_2_a_vendor_falling_through_is_led_by_the_producer_with_the_PM_coordinating_flow()
    {
        var p = await DecisionProjects.CreateAsync(fixture);

        var crisis = await p.Crises("pm").OpenCrisisAsync(Open(p, CrisisSource.VendorFellThrough, "The caterer cancelled"));

        Assert.Equal(CrisisSource.VendorFellThrough, crisis.Source);
        Assert.Equal(FunctionKeys.VendorSelection, crisis.SourceFunctionKey);
        Assert.Equal(ProjectRole.Producer, crisis.LeadRole);
        Assert.Equal([p.Producer.ToString()], crisis.LeadPersonIds);
        Assert.Equal(ProjectRole.ProjectManager, crisis.CoordinatingRole);
        Assert.Equal("coordinates downstream flow", crisis.CoordinationDuty);
        Assert.Contains("R-CRISIS-2", crisis.LeadReason);
        Assert.Equal(p.Pm.ToString(), crisis.OpenedBy);
        Assert.True(crisis.Open);
        var outbox = Assert.Single(await p.EventsSinceSetupAsync());
        Assert.StartsWith("Crewline.Contracts.Events.Ownership.CrisisOpened,", outbox.MessageType);
        var payload = System.Text.Json.JsonDocument.Parse(outbox.Payload).RootElement;
        Assert.Equal("PROJECT_ROLE_PRODUCER", payload.GetProperty("leadRole").GetString());
        Assert.Equal(p.Producer.ToString(), payload.GetProperty("leadIds")[0].GetString());
    }

    [Fact]
    public async Task R_CRISIS_1_R_CRISIS_3_the_lead_is_the_source_owner_not_the_senior_role()
    {
        // The producer is declared senior, yet a departing team member is the PM's crisis to lead.
        var p = await DecisionProjects.CreateAsync(fixture, IndustryPreset.FilmTvContent, Hierarchy.ProducerSenior);

        var crisis = await p.Crises("producer").OpenCrisisAsync(Open(p, CrisisSource.TeamMemberDeparted, "The lead designer resigned"));

        Assert.Equal(ProjectRole.ProjectManager, crisis.LeadRole);
        Assert.Equal([p.Pm.ToString()], crisis.LeadPersonIds);
        Assert.Equal(ProjectRole.Producer, crisis.CoordinatingRole);
        Assert.Contains("R-CRISIS-1", crisis.LeadReason);
        Assert.Contains("R-CRISIS-3", crisis.LeadReason);

        // Only the lead resolves it — not the senior producer.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Crises("producer").ResolveCrisisAsync(
            new ResolveCrisisRequest { ProjectId = p.Id, CrisisId = crisis.CrisisId, Resolution = "Hired a freelancer" }).ResponseAsync);
        var resolved = await p.Crises("pm").ResolveCrisisAsync(
            new ResolveCrisisRequest { ProjectId = p.Id, CrisisId = crisis.CrisisId, Resolution = "Hired a freelancer" });
        Assert.False(resolved.Open);
        Assert.Equal(p.Pm.ToString(), resolved.ResolvedBy);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => p.Crises("pm").ResolveCrisisAsync(
            new ResolveCrisisRequest { ProjectId = p.Id, CrisisId = crisis.CrisisId, Resolution = "Again" }).ResponseAsync);
    }

    [Fact]
    public async Task R_CRISIS_1_a_crisis_opened_on_a_function_key_is_led_by_that_functions_owner_and_lists_newest_first()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var first = await p.Crises("creative-lead").OpenCrisisAsync(Open(p, CrisisSource.KeyApprovalDelayed));
        var byKey = await p.Crises("creative-lead").OpenCrisisAsync(new OpenCrisisRequest
            { ProjectId = p.Id, SourceFunctionKey = FunctionKeys.LocationsAndPermits, Description = "Permit refused" });

        Assert.Equal(CrisisSource.Unspecified, byKey.Source);
        Assert.Equal(ProjectRole.Producer, byKey.LeadRole);

        var page = await p.Crises("leader").ListCrisesAsync(new ListCrisesRequest { ProjectId = p.Id, PageSize = 1 });
        Assert.Equal(byKey.CrisisId, Assert.Single(page.Crises).CrisisId);
        var next = await p.Crises("leader").ListCrisesAsync(new ListCrisesRequest { ProjectId = p.Id, PageSize = 1, PageToken = page.NextPageToken });
        Assert.Equal(first.CrisisId, Assert.Single(next.Crises).CrisisId);
        Assert.Equal("", next.NextPageToken);
    }

    [Fact]
    public async Task OpenCrisis_with_bad_input_is_InvalidArgument_on_the_field_and_changes_nothing()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var pm = p.Crises("pm");

        await RpcAssert.InvalidArgumentOn("source_function_key", () => pm.OpenCrisisAsync(new OpenCrisisRequest
            { ProjectId = p.Id, SourceFunctionKey = "no-such-function", Description = "d" }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("source", () => pm.OpenCrisisAsync(new OpenCrisisRequest { ProjectId = p.Id, Description = "d" }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("source", () => pm.OpenCrisisAsync(Open(p, (CrisisSource)77)).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("description", () => pm.OpenCrisisAsync(Open(p, CrisisSource.TalentIssue, "")).ResponseAsync);

        Assert.Empty((await pm.ListCrisesAsync(new ListCrisesRequest { ProjectId = p.Id })).Crises);
        Assert.Empty(await p.EventsSinceSetupAsync());
    }

    [Fact]
    public async Task Crises_of_another_orgs_project_are_NotFound_and_non_members_PermissionDenied()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var crisis = await p.Crises("pm").OpenCrisisAsync(Open(p, CrisisSource.TalentIssue));
        var stranger = p.Crises("producer", Guid.NewGuid());

        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.OpenCrisisAsync(Open(p, CrisisSource.TalentIssue)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.ListCrisesAsync(new ListCrisesRequest { ProjectId = p.Id }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.ResolveCrisisAsync(
            new ResolveCrisisRequest { ProjectId = p.Id, CrisisId = crisis.CrisisId, Resolution = "r" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Crises("not-a-member").OpenCrisisAsync(Open(p, CrisisSource.TalentIssue)).ResponseAsync);

        Assert.Single((await p.Crises("pm").ListCrisesAsync(new ListCrisesRequest { ProjectId = p.Id })).Crises);
    }

    [Fact]
    public async Task OpenCrisis_retried_with_its_key_returns_the_first_crisis_and_opens_one()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var request = Open(p, CrisisSource.ScopeBlowUp, "Client doubled the deliverables");
        request.IdempotencyKey = "crisis-1";

        var first = await p.Crises("pm").OpenCrisisAsync(request);
        var again = await p.Crises("pm").OpenCrisisAsync(request);

        Assert.Equal(first, again);
        Assert.Single((await p.Crises("pm").ListCrisesAsync(new ListCrisesRequest { ProjectId = p.Id })).Crises);
        Assert.Single(await p.EventsSinceSetupAsync());
    }

    [Fact]
    public async Task Two_leads_resolving_one_crisis_at_once_resolve_it_once()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var crisis = await p.Crises("pm").OpenCrisisAsync(Open(p, CrisisSource.TalentIssue));
        var calls = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            try
            {
                await p.Crises("producer").ResolveCrisisAsync(new ResolveCrisisRequest { ProjectId = p.Id, CrisisId = crisis.CrisisId, Resolution = $"Fix {i}" });
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        })).ToArray();

        var outcomes = await Task.WhenAll(calls);

        Assert.Single(outcomes, StatusCode.OK);
        Assert.All(outcomes.Where(o => o != StatusCode.OK), o => Assert.Contains(o, new[] { StatusCode.Aborted, StatusCode.FailedPrecondition }));
        var types = (await p.EventsSinceSetupAsync()).Select(m => m.MessageType.Split(',')[0]).ToList();
        Assert.Single(types, "Crewline.Contracts.Events.Ownership.CrisisResolved");
    }
}
