using Crewline.Contracts.Common.V1;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.TestSupport;
using Google.Rpc;
using Grpc.Core;
using static Crewline.ScopeChanges.Tests.Workflow.WorkflowProject;

namespace Crewline.ScopeChanges.Tests.Workflow;

[Collection(ScopeChangesCollection.Name)]
public sealed class SignOffTests(ScopeChangesFixture fixture)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_both_roles_signing_the_same_version_in_either_order_approve_it(bool pmFirst)
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.CombinedAsync();

        var first = pmFirst
            ? await p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager))
            : await p.Producer.SignChangeResponseAsync(Sign(change, ProjectRole.Producer));
        Assert.Equal(ChangeRequestStatus.SigningOff, first.Status);
        Assert.Empty(await p.EventsAsync("ScopeChangeApproved"));

        var second = pmFirst
            ? await p.Producer.SignChangeResponseAsync(Sign(change, ProjectRole.Producer))
            : await p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager));
        Assert.Equal(ChangeRequestStatus.SentToClient, second.Status);
        Assert.Equal(2, second.Versions[0].Signatures.Count);
        Assert.Contains(second.History, h => h.ToStatus == ChangeRequestStatus.Approved);
        Assert.Contains(second.History, h => h.ToStatus == ChangeRequestStatus.SentToClient);
        Assert.Single(await p.EventsAsync("ScopeChangeApproved"));
        Assert.Single(await p.EventsAsync("ChangeOrderIssued"));
        Assert.Equal(2, (await p.EventsAsync("ScopeChangeSigned")).Count);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_a_single_signature_never_approves_even_when_sent_again()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.CombinedAsync();

        await p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager));
        var again = await p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager));

        Assert.Equal(ChangeRequestStatus.SigningOff, again.Status);
        Assert.Single(again.Versions[0].Signatures);
        Assert.Single(await p.EventsAsync("ScopeChangeSigned"));
        Assert.Empty(await p.EventsAsync("ScopeChangeApproved"));
        Assert.Empty(await p.EventsAsync("ChangeOrderIssued"));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => p.Pm.GetChangeOrderAsync(new GetChangeOrderRequest { ChangeRequestId = change.ChangeRequestId, Version = 1 }).ResponseAsync);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_one_person_holding_both_roles_signs_once_per_role_and_one_signature_does_not_approve()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        await fixture.Members.MemberAsync(p.Org, p.Project, "both-hats", BuildingBlocks.Membership.MembershipNames.ProjectManager, BuildingBlocks.Membership.MembershipNames.Producer);
        var both = p.As("both-hats");
        var change = await p.CombinedAsync();

        Assert.Equal(ChangeRequestStatus.SigningOff, (await both.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager))).Status);
        Assert.Equal(ChangeRequestStatus.SentToClient, (await both.SignChangeResponseAsync(Sign(change, ProjectRole.Producer))).Status);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_signing_a_stale_version_is_FailedPrecondition_naming_the_rule_and_changes_nothing()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.CombinedAsync();
        await p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager));
        var v2 = await p.Producer.SubmitProductionAssessmentAsync(Production(change, euros: 2000));
        var before = await p.GetAsync(change);
        var outboxBefore = (await p.OutboxAsync()).Count;

        var error = await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => p.Producer.SignChangeResponseAsync(Sign(change, ProjectRole.Producer, version: 1)).ResponseAsync);

        Assert.Contains("R-SCOPE-3", error.Status.Detail);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations);
        Assert.Equal("R-SCOPE-3", violation.Type);
        Assert.Equal("version", violation.Subject);
        Assert.Equal(before, await p.GetAsync(change));
        Assert.Equal(outboxBefore, (await p.OutboxAsync()).Count);
        Assert.Equal(2, v2.CurrentVersion);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-2")]
    public async Task R_SCOPE_2_a_reassessment_makes_a_new_version_and_voids_the_earlier_signatures()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.CombinedAsync();
        await p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager));

        var v2 = await p.Producer.SubmitProductionAssessmentAsync(Production(change, euros: 2000));

        Assert.Equal(ChangeRequestStatus.Combined, v2.Status);
        Assert.Equal(2, v2.CurrentVersion);
        Assert.True(v2.Versions[0].Voided);
        Assert.Single(v2.Versions[0].Signatures);
        Assert.False(v2.Versions[1].Voided);
        Assert.Empty(v2.Versions[1].Signatures);
        Assert.Equal(2250, v2.Versions[1].TotalCost.Units);

        // The producer's signature on v2 alone approves nothing: the PM's v1 signature is void.
        var afterProducer = await p.Producer.SignChangeResponseAsync(Sign(v2, ProjectRole.Producer));
        Assert.Equal(ChangeRequestStatus.SigningOff, afterProducer.Status);
        var approved = await p.Pm.SignChangeResponseAsync(Sign(v2, ProjectRole.ProjectManager));
        Assert.Equal(ChangeRequestStatus.SentToClient, approved.Status);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_either_role_may_return_the_response_for_reassessment_and_the_next_assessment_makes_a_new_version()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.CombinedAsync();
        await p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager));

        var returned = await p.Producer.ReturnForReassessmentAsync(new ReturnForReassessmentRequest
            { ChangeRequestId = change.ChangeRequestId, Version = 1, Role = ProjectRole.Producer, Reason = "Vendor quote changed" });
        Assert.Equal(ChangeRequestStatus.ReturnedForReassessment, returned.Status);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => p.Producer.SignChangeResponseAsync(Sign(change, ProjectRole.Producer, version: 1)).ResponseAsync);

        var v2 = await p.Producer.SubmitProductionAssessmentAsync(Production(change, euros: 1800));
        Assert.Equal(ChangeRequestStatus.Combined, v2.Status);
        Assert.Equal(2, v2.CurrentVersion);
        Assert.True(v2.Versions[0].Voided);
        Assert.Single(await p.EventsAsync("ScopeChangeReturnedForReassessment"));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_either_role_may_reject_with_a_reason_and_nothing_is_approved()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.CombinedAsync();

        await RpcAssert.InvalidArgumentOn("reason", () => p.Pm.RejectChangeResponseAsync(new RejectChangeResponseRequest
            { ChangeRequestId = change.ChangeRequestId, Version = 1, Role = ProjectRole.ProjectManager }).ResponseAsync);
        var rejected = await p.Pm.RejectChangeResponseAsync(new RejectChangeResponseRequest
            { ChangeRequestId = change.ChangeRequestId, Version = 1, Role = ProjectRole.ProjectManager, Reason = "Breaks the launch date" });

        Assert.Equal(ChangeRequestStatus.Rejected, rejected.Status);
        Assert.Equal("Breaks the launch date", rejected.History[^1].Note);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => p.Producer.SignChangeResponseAsync(Sign(change, ProjectRole.Producer)).ResponseAsync);
        Assert.Single(await p.EventsAsync("ScopeChangeRejected"));
        Assert.Empty(await p.EventsAsync("ScopeChangeApproved"));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_signing_for_a_role_not_held_or_as_a_non_member_is_PermissionDenied_and_changes_nothing()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.CombinedAsync();
        var before = await p.GetAsync(change);
        var outboxBefore = (await p.OutboxAsync()).Count;

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.Producer)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Creative.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Outsider.SignChangeResponseAsync(Sign(change, ProjectRole.Producer)).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("role", () => p.Creative.SignChangeResponseAsync(Sign(change, ProjectRole.CreativeLead)).ResponseAsync);
        var otherOrg = fixture.Client(fixture.Service.TokenFor("pm-alex", Guid.NewGuid()));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => otherOrg.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager)).ResponseAsync);

        Assert.Equal(before, await p.GetAsync(change));
        Assert.Equal(outboxBefore, (await p.OutboxAsync()).Count);
    }

    [Fact]
    public async Task A_member_holding_PM_or_producer_may_cancel_an_open_request_but_not_an_approved_one()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var open = await p.SubmitAsync();
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Creative.CancelChangeRequestAsync(
            new CancelChangeRequestRequest { ChangeRequestId = open.ChangeRequestId, Reason = "No" }).ResponseAsync);
        var cancelled = await p.Producer.CancelChangeRequestAsync(new CancelChangeRequestRequest { ChangeRequestId = open.ChangeRequestId, Reason = "Client withdrew" });
        Assert.Equal(ChangeRequestStatus.Cancelled, cancelled.Status);

        var approved = await p.ApprovedAsync("Second change");
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => p.Pm.CancelChangeRequestAsync(
            new CancelChangeRequestRequest { ChangeRequestId = approved.ChangeRequestId, Reason = "Too late" }).ResponseAsync);
    }
}
