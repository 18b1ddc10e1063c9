using Crewline.Contracts.ScopeChanges.V1;
using Crewline.TestSupport;
using Grpc.Core;
using static Crewline.ScopeChanges.Tests.Workflow.WorkflowProject;

namespace Crewline.ScopeChanges.Tests.Workflow;

[Collection(ScopeChangesCollection.Name)]
public sealed class AssessmentTests(ScopeChangesFixture fixture)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [Trait("Rule", "R-SCOPE-1")]
    [Trait("Rule", "R-SCOPE-2")]
    public async Task R_SCOPE_1_and_2_both_assessments_in_either_order_combine_into_one_version(bool producerFirst)
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.SubmitAsync();
        Assert.Equal(ChangeRequestStatus.Requested, change.Status);

        var afterFirst = producerFirst
            ? await p.Producer.SubmitProductionAssessmentAsync(Production(change))
            : await p.Pm.SubmitFlowAssessmentAsync(Flow(change));
        Assert.Equal(ChangeRequestStatus.Assessing, afterFirst.Status);
        Assert.Equal(0, afterFirst.CurrentVersion);
        Assert.Empty(afterFirst.Versions);

        var combined = producerFirst
            ? await p.Pm.SubmitFlowAssessmentAsync(Flow(change))
            : await p.Producer.SubmitProductionAssessmentAsync(Production(change));
        Assert.Equal(ChangeRequestStatus.Combined, combined.Status);
        var version = Assert.Single(combined.Versions);
        Assert.Equal(1, version.Version);
        Assert.Equal(new Google.Type.Money { CurrencyCode = "EUR", Units = 1750, Nanos = 500_000_000 }, version.TotalCost);
        Assert.Equal(3, version.DeliveryShiftDays); // the larger of 2 (schedule) and 3 (timeline)
        Assert.Equal(1, version.ExtraRevisionRounds);
        Assert.Equal(["15-second cut-down"], version.AddedDeliverables);
        Assert.Equal(2, version.PlanItems.Count);
        Assert.Contains(version.PlanItems, i => i.Title == "Extra edit day" && i.OwnerRole == Contracts.Common.V1.ProjectRole.Producer);
        Assert.Contains(version.PlanItems, i => i.Title == "Extra client review" && i.OwnerRole == Contracts.Common.V1.ProjectRole.ProjectManager);
        Assert.Empty(version.Signatures);
        Assert.Equal(2, (await p.EventsAsync("ScopeChangeAssessmentSubmitted")).Count);
        Assert.Single(await p.EventsAsync("ScopeChangeResponseCombined"));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-6")]
    public async Task R_SCOPE_6_a_request_touching_production_and_flow_gets_one_response_holding_both_assessments()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var combined = await p.CombinedAsync();

        var version = Assert.Single(combined.Versions);
        Assert.False(version.Production.NoProductionImpact);
        Assert.Equal(2, version.Production.CostDeltas.Count);
        Assert.Equal("The edit house needs one more day.", version.Production.VendorImplications);
        Assert.False(version.Flow.NoFlowImpact);
        Assert.Equal("12.5", Assert.Single(version.Flow.Capacity).Hours);
        Assert.Single(await p.EventsAsync("ScopeChangeResponseCombined"));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-1")]
    public async Task R_SCOPE_1_no_impact_has_to_be_said_explicitly_and_then_counts_as_an_assessment()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.SubmitAsync();

        await RpcAssert.InvalidArgumentOn("no_production_impact", () => p.Producer.SubmitProductionAssessmentAsync(
            new SubmitProductionAssessmentRequest { ChangeRequestId = change.ChangeRequestId }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("no_flow_impact", () => p.Pm.SubmitFlowAssessmentAsync(
            new SubmitFlowAssessmentRequest { ChangeRequestId = change.ChangeRequestId, NoFlowImpact = true, ExtraRevisionRounds = 2 }).ResponseAsync);
        Assert.Equal(ChangeRequestStatus.Requested, (await p.GetAsync(change)).Status);

        await p.Producer.SubmitProductionAssessmentAsync(new SubmitProductionAssessmentRequest { ChangeRequestId = change.ChangeRequestId, NoProductionImpact = true });
        var combined = await p.Pm.SubmitFlowAssessmentAsync(new SubmitFlowAssessmentRequest { ChangeRequestId = change.ChangeRequestId, NoFlowImpact = true });
        Assert.Equal(ChangeRequestStatus.Combined, combined.Status);
        Assert.True(combined.Versions[0].Production.NoProductionImpact);
        Assert.True(combined.Versions[0].Flow.NoFlowImpact);
        Assert.Equal(0, combined.Versions[0].DeliveryShiftDays);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-1")]
    public async Task R_SCOPE_1_each_assessment_only_by_its_role_wrong_role_or_non_member_is_PermissionDenied_and_changes_nothing()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.SubmitAsync();
        var outboxBefore = (await p.OutboxAsync()).Count;

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Pm.SubmitProductionAssessmentAsync(Production(change)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Producer.SubmitFlowAssessmentAsync(Flow(change)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Creative.SubmitProductionAssessmentAsync(Production(change)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Outsider.SubmitFlowAssessmentAsync(Flow(change)).ResponseAsync);

        var after = await p.GetAsync(change);
        Assert.Equal(ChangeRequestStatus.Requested, after.Status);
        Assert.Null(after.ProductionAssessment);
        Assert.Null(after.FlowAssessment);
        Assert.Equal(outboxBefore, (await p.OutboxAsync()).Count);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-1")]
    public async Task R_SCOPE_1_one_person_holding_both_roles_gives_both_assessments()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        await fixture.Members.MemberAsync(p.Org, p.Project, "both-hats", BuildingBlocks.Membership.MembershipNames.ProjectManager, BuildingBlocks.Membership.MembershipNames.Producer);
        var both = p.As("both-hats");
        var change = await p.SubmitAsync();

        await both.SubmitProductionAssessmentAsync(Production(change));
        var combined = await both.SubmitFlowAssessmentAsync(Flow(change));
        Assert.Equal(ChangeRequestStatus.Combined, combined.Status);
    }

    [Fact]
    public async Task Malformed_amounts_dates_and_hours_are_InvalidArgument_naming_the_field_and_change_nothing()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.SubmitAsync();
        var outboxBefore = (await p.OutboxAsync()).Count;

        var badSign = Production(change);
        badSign.CostDeltas[0].Amount = new Google.Type.Money { CurrencyCode = "EUR", Units = 10, Nanos = -5 };
        await RpcAssert.InvalidArgumentOn("cost_deltas[0].amount", () => p.Producer.SubmitProductionAssessmentAsync(badSign).ResponseAsync);

        var badCurrency = Production(change);
        badCurrency.CostDeltas[1].Amount.CurrencyCode = "EURO";
        await RpcAssert.InvalidArgumentOn("cost_deltas[1].amount.currency_code", () => p.Producer.SubmitProductionAssessmentAsync(badCurrency).ResponseAsync);

        var badDate = Production(change);
        badDate.PlanItems[0].Due = new Google.Type.Date { Year = 2027, Month = 2, Day = 30 };
        await RpcAssert.InvalidArgumentOn("plan_items[0].due", () => p.Producer.SubmitProductionAssessmentAsync(badDate).ResponseAsync);

        var badHours = Flow(change);
        badHours.Capacity[0].Hours = "twelve";
        await RpcAssert.InvalidArgumentOn("capacity[0].hours", () => p.Pm.SubmitFlowAssessmentAsync(badHours).ResponseAsync);

        await RpcAssert.InvalidArgumentOn("due_by", () => p.Pm.SubmitChangeRequestAsync(new SubmitChangeRequestRequest
            { ProjectId = p.Project.ToString(), Title = "Bad date", DueBy = new Google.Type.Date { Year = 2027, Month = 13, Day = 1 } }).ResponseAsync);

        var after = await p.GetAsync(change);
        Assert.Equal(ChangeRequestStatus.Requested, after.Status);
        Assert.Null(after.ProductionAssessment);
        Assert.Null(after.FlowAssessment);
        Assert.Single((await fixture.ChangeRequestsOfAsync(p.Org)));
        Assert.Equal(outboxBefore, (await p.OutboxAsync()).Count);
    }
}
