using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Ownership.Tests.Decisions;

[Collection(OwnershipCollection.Name)]
public sealed class JointEscalationTests(OwnershipFixture fixture)
{
    private static RaiseJointEscalationRequest Raise(TestProject p, Guid? other, string subject = "The shoot date must move") =>
        new() { ProjectId = p.Id, OtherPersonId = other?.ToString() ?? "", Subject = subject, Why = "The location fell through for the week." };

    [Fact]
    public async Task R_ROUTE_3_the_PM_naming_the_producer_raises_jointly_and_leadership_answers_once()
    {
        var p = await DecisionProjects.CreateAsync(fixture);

        var raised = await p.Decisions("pm").RaiseJointEscalationAsync(Raise(p, p.Producer));
        Assert.Equal(p.Pm.ToString(), raised.ProjectManagerId);
        Assert.Equal(p.Producer.ToString(), raised.ProducerId);
        Assert.Equal(ProjectRole.Leadership, raised.EscalatedTo);
        Assert.False(raised.Resolved);

        // The producer naming the PM is the same pair the other way round.
        var second = await p.Decisions("producer").RaiseJointEscalationAsync(Raise(p, p.Pm, "Talent fee over budget"));
        Assert.Equal(p.Pm.ToString(), second.ProjectManagerId);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Decisions("pm").ResolveJointEscalationAsync(
            new ResolveJointEscalationRequest { ProjectId = p.Id, EscalationId = raised.EscalationId, Outcome = "Move it" }).ResponseAsync);
        var resolved = await p.Decisions("leader").ResolveJointEscalationAsync(
            new ResolveJointEscalationRequest { ProjectId = p.Id, EscalationId = raised.EscalationId, Outcome = "Move it a week" });
        Assert.True(resolved.Resolved);
        Assert.Equal("Move it a week", resolved.Outcome);
        var again = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => p.Decisions("leader").ResolveJointEscalationAsync(
            new ResolveJointEscalationRequest { ProjectId = p.Id, EscalationId = raised.EscalationId, Outcome = "Again" }).ResponseAsync);
        Assert.Contains("R-ROUTE-3", again.Status.Detail);

        var list = await p.Decisions("creative-lead").ListJointEscalationsAsync(new ListJointEscalationsRequest { ProjectId = p.Id, PageSize = 1 });
        Assert.Equal(second.EscalationId, Assert.Single(list.Escalations).EscalationId);
        var rest = await p.Decisions("creative-lead").ListJointEscalationsAsync(
            new ListJointEscalationsRequest { ProjectId = p.Id, PageSize = 1, PageToken = list.NextPageToken });
        var first = Assert.Single(rest.Escalations);
        Assert.Equal(raised.EscalationId, first.EscalationId);
        Assert.True(first.Resolved);
        Assert.Equal("", rest.NextPageToken);

        var types = (await p.EventsSinceSetupAsync()).Select(m => m.MessageType.Split(',')[0]).ToList();
        Assert.Equal(2, types.Count(t => t == "Crewline.Contracts.Events.Ownership.JointEscalationRaised"));
        Assert.Single(types, "Crewline.Contracts.Events.Ownership.JointEscalationResolved");
    }

    [Fact]
    public async Task R_ROUTE_3_an_escalation_needs_both_the_PM_and_the_producer()
    {
        var p = await DecisionProjects.CreateAsync(fixture);

        // The PM alone, the producer naming the creative lead, and the creative lead naming the producer.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Decisions("pm").RaiseJointEscalationAsync(Raise(p, null)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Decisions("producer").RaiseJointEscalationAsync(Raise(p, p.CreativeLead)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Decisions("creative-lead").RaiseJointEscalationAsync(Raise(p, p.Producer)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Decisions("pm").RaiseJointEscalationAsync(Raise(p, Guid.NewGuid())).ResponseAsync);

        Assert.Empty((await p.Decisions("pm").ListJointEscalationsAsync(new ListJointEscalationsRequest { ProjectId = p.Id })).Escalations);
        Assert.Empty(await p.EventsSinceSetupAsync());
    }

    [Fact]
    public async Task R_ROUTE_3_one_person_wearing_both_hats_raises_alone()
    {
        var p = await DecisionProjects.CreateAsync(fixture, bothHats: true);

        var raised = await p.Decisions("pm").RaiseJointEscalationAsync(Raise(p, null));

        Assert.Equal(p.Pm.ToString(), raised.ProjectManagerId);
        Assert.Equal(p.Pm.ToString(), raised.ProducerId);
    }

    [Fact]
    public async Task Raise_with_bad_input_is_InvalidArgument_and_another_orgs_caller_NotFound()
    {
        var p = await DecisionProjects.CreateAsync(fixture);

        await RpcAssert.InvalidArgumentOn("subject", () => p.Decisions("pm").RaiseJointEscalationAsync(Raise(p, p.Producer, " ")).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("other_person_id", () => p.Decisions("pm").RaiseJointEscalationAsync(
            new RaiseJointEscalationRequest { ProjectId = p.Id, OtherPersonId = "nobody", Subject = "S", Why = "W" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => p.Decisions("pm", Guid.NewGuid()).RaiseJointEscalationAsync(Raise(p, p.Producer)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => p.Decisions("leader").ResolveJointEscalationAsync(
            new ResolveJointEscalationRequest { ProjectId = p.Id, EscalationId = Guid.NewGuid().ToString(), Outcome = "Yes" }).ResponseAsync);
        Assert.Empty(await p.EventsSinceSetupAsync());
    }
}
