using System.Text.Json;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Infrastructure;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using DomainDecision = Crewline.Ownership.Domain.Decisions.Decision;

namespace Crewline.Ownership.Tests.Decisions;

[Collection(OwnershipCollection.Name)]
public sealed class DecisionLogTests(OwnershipFixture fixture)
{
    private const string DecisionRecordedType = "Crewline.Contracts.Events.Ownership.DecisionRecorded, Crewline.Contracts";

    private static RecordDecisionRequest Decide(TestProject p, string function, string what, string why = "Because the plan needs it.") =>
        new() { ProjectId = p.Id, FunctionKey = function, What = what, Why = why };

    private Task<List<DomainDecision>> DecisionRowsAsync(Guid org) =>
        fixture.Service.InScopeAsync(null, sp => sp.GetRequiredService<OwnershipDbContext>().Set<DomainDecision>()
            .IgnoreQueryFilters().AsNoTracking().Where(d => d.OrgId == org).ToListAsync());

    [Fact]
    public async Task R_ROUTE_2_a_decision_by_a_non_owner_is_kept_and_flagged_as_an_override_and_by_the_owner_is_not()
    {
        var p = await DecisionProjects.CreateAsync(fixture);

        var byProducer = await p.Decisions("producer").RecordDecisionAsync(
            Decide(p, FunctionKeys.InternalTeamCoordination, "Move the designer to the retail stream"));
        var byPm = await p.Decisions("pm").RecordDecisionAsync(
            Decide(p, FunctionKeys.InternalTeamCoordination, "Keep the designer on the launch").WithBriefed(ProjectRole.Producer));

        Assert.True(byProducer.IsOverride);
        Assert.Contains("R-ROUTE-2", byProducer.OverrideReason);
        Assert.Equal(p.Producer.ToString(), byProducer.DecidedBy);
        Assert.Equal([ProjectRole.Producer], byProducer.DeciderRoles);
        Assert.Equal([ProjectRole.ProjectManager], byProducer.OwnerRoles);
        Assert.False(byPm.IsOverride);
        Assert.Equal("", byPm.OverrideReason);
        Assert.Equal([ProjectRole.Producer], byPm.BriefedRoles);

        // Both are kept in the log; the override is flagged in the row and in the event.
        var rows = await DecisionRowsAsync(p.Org);
        Assert.Equal(2, rows.Count);
        Assert.True(rows.Single(d => d.Id.ToString() == byProducer.DecisionId).IsOverride);
        var events = (await p.EventsSinceSetupAsync()).Where(m => m.MessageType == DecisionRecordedType).ToList();
        Assert.Equal(2, events.Count);
        var overrideEvent = JsonDocument.Parse(events.Single(e => e.Payload.Contains(byProducer.DecisionId)).Payload).RootElement;
        Assert.True(overrideEvent.GetProperty("isOverride").GetBoolean());
        Assert.Equal(p.Org.ToString(), overrideEvent.GetProperty("orgId").GetString());
        Assert.Equal("PROJECT_ROLE_PRODUCER", overrideEvent.GetProperty("deciderRoles")[0].GetString());
    }

    [Fact]
    public async Task R_ROUTE_4_the_log_lists_newest_first_in_stable_pages_and_exports_whole_as_CSV_and_JSON()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var pm = p.Decisions("pm");
        var recorded = new List<Decision>();
        for (var i = 0; i < 5; i++)
            recorded.Add(await pm.RecordDecisionAsync(Decide(p, FunctionKeys.RevisionRounds, $"Round {i}, with a comma", $"Reason \"{i}\"")));

        var seen = new List<string>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await pm.ListDecisionsAsync(new ListDecisionsRequest { ProjectId = p.Id, PageSize = 2, PageToken = token });
            Assert.True(page.Decisions.Count <= 2);
            seen.AddRange(page.Decisions.Select(d => d.DecisionId));
            token = page.NextPageToken;
            pages++;
        } while (token != "");
        Assert.Equal(3, pages);
        Assert.Equal(recorded.Select(d => d.DecisionId).Reverse(), seen);

        var csv = await pm.ExportDecisionsAsync(new ExportDecisionsRequest { ProjectId = p.Id, Format = ExportFormat.Csv });
        Assert.Equal("text/csv", csv.ContentType);
        Assert.Equal(5, csv.DecisionCount);
        var lines = csv.Content.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("decision_id,decided_at,function_key,what,why,decided_by", lines[0]);
        Assert.StartsWith(recorded[0].DecisionId, lines[1]); // oldest first
        Assert.Contains("\"Round 0, with a comma\",\"Reason \"\"0\"\"\"", lines[1]);
        Assert.Contains($",{p.Pm},ProjectManager,ProjectManager,,false,", lines[1]);

        var json = await pm.ExportDecisionsAsync(new ExportDecisionsRequest { ProjectId = p.Id, Format = ExportFormat.Json });
        Assert.Equal("application/json", json.ContentType);
        var items = JsonDocument.Parse(json.Content).RootElement.EnumerateArray().ToList();
        Assert.Equal(recorded.Select(d => d.DecisionId), items.Select(i => i.GetProperty("decisionId").GetString()));
        Assert.False(items[0].GetProperty("isOverride").GetBoolean());
        Assert.Equal("Round 4, with a comma", items[4].GetProperty("what").GetString());
    }

    [Fact]
    public async Task R_ROUTE_4_the_log_is_append_only_even_in_the_database()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var decision = await p.Decisions("pm").RecordDecisionAsync(Decide(p, FunctionKeys.InternalReview, "Two internal reviews"));

        foreach (var sql in new[] { "UPDATE decisions SET what = 'rewritten' WHERE id = {0}", "DELETE FROM decisions WHERE id = {0}" })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Service.InScopeAsync(null, sp =>
                sp.GetRequiredService<OwnershipDbContext>().Database.ExecuteSqlRawAsync(sql, Guid.Parse(decision.DecisionId))));
            Assert.Contains("append-only", error.MessageText);
        }
        Assert.Equal("Two internal reviews", Assert.Single(await DecisionRowsAsync(p.Org)).What);
    }

    [Fact]
    public async Task ListDecisions_with_a_bad_page_size_or_token_is_InvalidArgument_on_that_field()
    {
        var p = await DecisionProjects.CreateAsync(fixture);

        await RpcAssert.InvalidArgumentOn("page_size", () => p.Decisions("pm").ListDecisionsAsync(
            new ListDecisionsRequest { ProjectId = p.Id, PageSize = 201 }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("page_token", () => p.Decisions("pm").ListDecisionsAsync(
            new ListDecisionsRequest { ProjectId = p.Id, PageToken = "not a token!" }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("format", () => p.Decisions("pm").ExportDecisionsAsync(
            new ExportDecisionsRequest { ProjectId = p.Id }).ResponseAsync);
    }

    [Fact]
    public async Task RecordDecision_with_a_key_retried_returns_the_first_decision_and_stores_one()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var request = Decide(p, FunctionKeys.VendorSelection, "Pick the second vendor");
        request.IdempotencyKey = "decide-1";

        var first = await p.Decisions("producer").RecordDecisionAsync(request);
        var again = await p.Decisions("producer").RecordDecisionAsync(request);

        Assert.Equal(first, again);
        Assert.Single(await DecisionRowsAsync(p.Org));
        Assert.Single(await p.EventsSinceSetupAsync());
    }

    public static TheoryData<string, string, string, string> BadDecisions => new()
    {
        { "no-such-function", "Decide", "Why", "function_key" },
        { "", "Decide", "Why", "function_key" },
        { FunctionKeys.VendorSelection, "", "Why", "what" },
        { FunctionKeys.VendorSelection, "Decide", "  ", "why" },
        { FunctionKeys.VendorSelection, new string('w', 501), "Why", "what" },
    };

    [Theory]
    [MemberData(nameof(BadDecisions))]
    public async Task RecordDecision_with_bad_input_is_InvalidArgument_on_the_field_and_changes_nothing(string function, string what, string why, string field)
    {
        var p = await DecisionProjects.CreateAsync(fixture);

        await RpcAssert.InvalidArgumentOn(field, () => p.Decisions("pm").RecordDecisionAsync(
            new RecordDecisionRequest { ProjectId = p.Id, FunctionKey = function, What = what, Why = why }).ResponseAsync);

        Assert.Empty(await DecisionRowsAsync(p.Org));
        Assert.Empty(await p.EventsSinceSetupAsync());
    }

    [Fact]
    public async Task RecordDecision_with_an_unknown_briefed_role_is_InvalidArgument_on_briefed_roles()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var request = Decide(p, FunctionKeys.VendorSelection, "Pick a vendor");
        request.BriefedRoles.Add((ProjectRole)99);

        await RpcAssert.InvalidArgumentOn("briefed_roles", () => p.Decisions("producer").RecordDecisionAsync(request).ResponseAsync);
        Assert.Empty(await DecisionRowsAsync(p.Org));
    }

    [Fact]
    public async Task Another_orgs_caller_gets_NotFound_and_a_non_member_PermissionDenied_and_neither_changes_anything()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        await p.Decisions("pm").RecordDecisionAsync(Decide(p, FunctionKeys.RevisionRounds, "Three rounds"));
        var otherOrg = Guid.NewGuid();
        var stranger = p.Decisions("pm", otherOrg); // same subject, another org
        var outsider = p.Decisions("not-a-member");

        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.RecordDecisionAsync(Decide(p, FunctionKeys.RevisionRounds, "Four rounds")).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.ListDecisionsAsync(new ListDecisionsRequest { ProjectId = p.Id }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.ExportDecisionsAsync(new ExportDecisionsRequest { ProjectId = p.Id, Format = ExportFormat.Csv }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.WhoDecidesAsync(new WhoDecidesRequest { ProjectId = p.Id, FunctionKey = FunctionKeys.RevisionRounds }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => outsider.RecordDecisionAsync(Decide(p, FunctionKeys.RevisionRounds, "Five rounds")).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => outsider.ListDecisionsAsync(new ListDecisionsRequest { ProjectId = p.Id }).ResponseAsync);

        Assert.Equal("Three rounds", Assert.Single(await DecisionRowsAsync(p.Org)).What);
        Assert.Empty(await DecisionRowsAsync(otherOrg));
    }

    [Fact]
    public async Task R_ROUTE_1_2_3_WhoDecides_by_function_names_the_owner_and_by_category_the_routed_roles()
    {
        var p = await DecisionProjects.CreateAsync(fixture, hierarchy: Hierarchy.ProjectManagerSenior);
        var client = p.Decisions("creative-lead");

        var vendor = await client.WhoDecidesAsync(new WhoDecidesRequest { ProjectId = p.Id, FunctionKey = FunctionKeys.VendorSelection });
        Assert.Equal("R-ROUTE-2", vendor.RuleId);
        Assert.Equal([ProjectRole.Producer], vendor.DecidingRoles);
        Assert.Equal([p.Producer.ToString()], vendor.DeciderPersonIds);
        Assert.Equal([ProjectRole.ProjectManager], vendor.BriefedRoles);
        Assert.Equal([p.Pm.ToString()], vendor.BriefedPersonIds);
        Assert.Contains("whoever is senior", vendor.Reason);

        var shoot = await client.WhoDecidesAsync(new WhoDecidesRequest { ProjectId = p.Id, Category = DecisionCategory.ShootDateMove });
        Assert.Equal("R-ROUTE-3", shoot.RuleId);
        Assert.True(shoot.LeadershipJointly);
        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], shoot.DecidingRoles);
        Assert.Equal("", shoot.FunctionKey);

        var capacity = await client.WhoDecidesAsync(new WhoDecidesRequest
            { ProjectId = p.Id, Category = DecisionCategory.InternalCapacityConflict, ProductionDependenciesAffected = true });
        Assert.Equal([ProjectRole.ProjectManager], capacity.DecidingRoles);
        Assert.Equal([ProjectRole.Producer], capacity.BriefedRoles);

        await RpcAssert.InvalidArgumentOn("function_key", () =>
            client.WhoDecidesAsync(new WhoDecidesRequest { ProjectId = p.Id, FunctionKey = "no-such-function" }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("function_key", () => client.WhoDecidesAsync(new WhoDecidesRequest { ProjectId = p.Id }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("category", () =>
            client.WhoDecidesAsync(new WhoDecidesRequest { ProjectId = p.Id, Category = (DecisionCategory)42 }).ResponseAsync);
    }

    [Fact]
    public async Task R_FAIL_3_repeated_overrides_in_the_persisted_log_and_an_undeclared_hierarchy_are_findings()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var pm = p.Decisions("pm");
        Assert.Empty((await pm.GetHierarchyFindingsAsync(new GetHierarchyFindingsRequest { ProjectId = p.Id })).Findings);

        foreach (var function in new[] { FunctionKeys.VendorSelection, FunctionKeys.VendorSelection, FunctionKeys.TalentAndCrew })
            await pm.RecordDecisionAsync(Decide(p, function, "The PM decides a production matter"));

        var findings = await pm.GetHierarchyFindingsAsync(new GetHierarchyFindingsRequest { ProjectId = p.Id });
        Assert.Equal(3, findings.OverrideCount);
        var finding = Assert.Single(findings.Findings);
        Assert.Equal("R-FAIL-3", finding.RuleId);
        Assert.Contains("vendor-selection ×2", finding.Evidence);
        Assert.Contains("Declare the hierarchy", finding.Fix);

        var undeclared = await DecisionProjects.CreateAsync(fixture, hierarchy: Hierarchy.Unspecified);
        var none = await undeclared.Decisions("pm").GetHierarchyFindingsAsync(new GetHierarchyFindingsRequest { ProjectId = undeclared.Id });
        Assert.Equal("R-FAIL-3", Assert.Single(none.Findings).RuleId);
    }
}

internal static class DecisionRequests
{
    public static RecordDecisionRequest WithBriefed(this RecordDecisionRequest request, params ProjectRole[] roles)
    {
        request.BriefedRoles.Add(roles);
        return request;
    }
}
