using Crewline.Contracts.Common.V1;
using Crewline.Contracts.ScopeChanges.V1;
using static Crewline.ScopeChanges.Tests.Workflow.WorkflowProject;

namespace Crewline.ScopeChanges.Tests.Workflow;

[Collection(ScopeChangesCollection.Name)]
public sealed class SignOffConcurrencyTests(ScopeChangesFixture fixture)
{
    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_the_same_sign_off_sent_twice_with_one_idempotency_key_has_one_effect()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.CombinedAsync();

        var first = await p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager, key: "pm-sign-1"));
        var retry = await p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager, key: "pm-sign-1"));

        Assert.Equal(first, retry);
        Assert.Single(retry.Versions[0].Signatures);
        Assert.Single(await p.EventsAsync("ScopeChangeSigned"));
        Assert.Single(retry.History, h => h.Action.StartsWith("signed", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_concurrent_retries_of_one_sign_off_from_two_callers_have_one_effect()
    {
        for (var round = 0; round < 3; round++)
        {
            var p = await fixture.NewWorkflowProjectAsync();
            var change = await p.CombinedAsync();

            var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
                p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager, key: "pm-sign")).ResponseAsync));

            Assert.All(results, r => Assert.Single(r.Versions[0].Signatures));
            Assert.Single(await p.EventsAsync("ScopeChangeSigned"));
            Assert.Equal(ChangeRequestStatus.SigningOff, (await p.GetAsync(change)).Status);
        }
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_the_PM_and_the_producer_signing_at_the_same_moment_make_exactly_one_approval()
    {
        for (var round = 0; round < 3; round++)
        {
            var p = await fixture.NewWorkflowProjectAsync();
            var change = await p.CombinedAsync();

            await Task.WhenAll(
                p.Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager)).ResponseAsync,
                p.Producer.SignChangeResponseAsync(Sign(change, ProjectRole.Producer)).ResponseAsync);

            var after = await p.GetAsync(change);
            Assert.Equal(ChangeRequestStatus.SentToClient, after.Status);
            Assert.Equal(2, after.Versions[0].Signatures.Count);
            Assert.Single(after.History, h => h.ToStatus == ChangeRequestStatus.Approved);
            Assert.Single(await p.EventsAsync("ScopeChangeApproved"));
            Assert.Single(await p.EventsAsync("ChangeOrderIssued"));
            Assert.Equal(2, (await p.EventsAsync("ScopeChangeSigned")).Count);
        }
    }
}
