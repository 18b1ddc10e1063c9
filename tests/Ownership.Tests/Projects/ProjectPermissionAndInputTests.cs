using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Ownership.Tests.Projects;

[Collection(OwnershipCollection.Name)]
public sealed class ProjectPermissionAndInputTests(OwnershipFixture fixture)
{
    [Fact]
    public async Task R_KICK_1_a_producer_cannot_confirm_a_PM_owned_function_and_a_PM_cannot_confirm_a_producer_owned_one()
    {
        var s = await ProjectScenario.StartAsync(fixture);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => s.Projects("producer").ConfirmFunctionAsync(
            new ConfirmFunctionRequest { ProjectId = s.ProjectId, FunctionKey = "revision-rounds" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => s.Projects("pm").ConfirmFunctionAsync(
            new ConfirmFunctionRequest { ProjectId = s.ProjectId, FunctionKey = "vendor-selection" }).ResponseAsync);

        var row = await s.Projects("producer").ConfirmFunctionAsync(new ConfirmFunctionRequest { ProjectId = s.ProjectId, FunctionKey = "vendor-selection" });
        Assert.True(row.Confirmed);
        var matrix = await s.Projects("pm").GetMatrixAsync(new GetMatrixRequest { ProjectId = s.ProjectId });
        Assert.False(matrix.Rows.Single(r => r.FunctionKey == "revision-rounds").Confirmed);
        Assert.True(matrix.Rows.Single(r => r.FunctionKey == "vendor-selection").Confirmed);
    }

    [Fact]
    public async Task A_person_of_the_org_outside_the_project_cannot_read_it_and_another_org_does_not_find_it()
    {
        var s = await ProjectScenario.StartAsync(fixture);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => s.Projects("outsider").GetProjectDetailAsync(
            new GetProjectDetailRequest { ProjectId = s.ProjectId }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => s.Projects("outsider").GetMatrixAsync(
            new GetMatrixRequest { ProjectId = s.ProjectId }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => s.Ownership("outsider").GetProjectAsync(
            new GetProjectRequest { ProjectId = s.ProjectId }).ResponseAsync);

        var (_, _) = fixture.NewOrgCaller("pm");
        var stranger = new ProjectService.ProjectServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("pm", Guid.NewGuid())));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.GetProjectDetailAsync(
            new GetProjectDetailRequest { ProjectId = s.ProjectId }).ResponseAsync);

        var detail = await s.Projects("creative").GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId });
        Assert.Equal(3, detail.Members.Count);
    }

    [Fact]
    public async Task An_unknown_function_is_InvalidArgument_on_function_key_and_changes_nothing()
    {
        var s = await ProjectScenario.StartAsync(fixture);
        var before = await fixture.OutboxOfAsync(s.Org);

        await RpcAssert.InvalidArgumentOn("function_key", () => s.Projects("pm").ConfirmFunctionAsync(
            new ConfirmFunctionRequest { ProjectId = s.ProjectId, FunctionKey = "no-such-function" }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("function_key", () => s.Projects("pm").ReassignOwnerAsync(
            new ChangeOwnerRequest { ProjectId = s.ProjectId, FunctionKey = "no-such-function", Owner = ProjectRole.Producer }).ResponseAsync);

        Assert.Equal(before.Count, (await fixture.OutboxOfAsync(s.Org)).Count);
    }

    [Fact]
    public async Task Adding_a_member_who_is_not_a_person_of_the_org_is_InvalidArgument_on_person_id()
    {
        var s = await ProjectScenario.StartAsync(fixture);
        var otherOrgs = new OrgService.OrgServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("x", Guid.NewGuid())));
        await otherOrgs.AddPersonAsync(new AddPersonRequest { Name = "X", Email = "x@example.com", Subject = "x" }); // its first person and admin
        var foreigner = await otherOrgs.AddPersonAsync(new AddPersonRequest { Name = "Foreign", Email = "f@example.com" });

        await RpcAssert.InvalidArgumentOn("person_id", () => s.Projects("pm").AddMemberAsync(new AddMemberRequest
            { ProjectId = s.ProjectId, PersonId = Guid.NewGuid().ToString(), Role = ProjectRole.Producer }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("person_id", () => s.Projects("pm").AddMemberAsync(new AddMemberRequest
            { ProjectId = s.ProjectId, PersonId = foreigner.PersonId, Role = ProjectRole.Producer }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("role", () => s.Projects("pm").AddMemberAsync(new AddMemberRequest
            { ProjectId = s.ProjectId, PersonId = s.Outsider.PersonId, Role = ProjectRole.Unspecified }).ResponseAsync);

        var detail = await s.Projects("pm").GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId });
        Assert.Equal(3, detail.Members.Count);
    }

    [Fact]
    public async Task R_OWN_7_removing_the_only_producer_reports_gaps_as_a_query_and_as_events_and_an_extra_owner_is_a_duplicate()
    {
        var s = await ProjectScenario.StartAsync(fixture);
        var pm = s.Projects("pm");
        Assert.Empty((await pm.DetectFindingsAsync(new DetectFindingsRequest { ProjectId = s.ProjectId })).Findings);

        await pm.RemoveRoleAsync(new RemoveRoleRequest { ProjectId = s.ProjectId, PersonId = s.Producer.PersonId, Role = ProjectRole.Producer });
        var gaps = (await pm.DetectFindingsAsync(new DetectFindingsRequest { ProjectId = s.ProjectId })).Findings;
        Assert.Contains(gaps, f => f.FunctionKey == "vendor-payments" && f.Kind == FindingKind.UnownedFunction && f.RuleId == "R-FAIL-2");

        await pm.AddOwnerAsync(new ChangeOwnerRequest { ProjectId = s.ProjectId, FunctionKey = "archive", Owner = ProjectRole.CreativeLead });
        var findings = (await pm.DetectFindingsAsync(new DetectFindingsRequest { ProjectId = s.ProjectId })).Findings;
        Assert.Contains(findings, f => f.FunctionKey == "archive" && f.Kind == FindingKind.DuplicatedFunction && f.RuleId == "R-FAIL-1" && f.ProjectId == s.ProjectId);

        var outbox = await fixture.OutboxOfAsync(s.Org);
        Assert.True(outbox.Any(m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.OwnershipGapDetected,") && m.Payload.Contains("vendor-payments")),
            string.Join("\n", outbox.Select(m => m.MessageType + " " + m.Payload)));
        Assert.Contains(outbox, m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.DuplicateOwnershipDetected,") && m.Payload.Contains("archive"));
        Assert.Contains(outbox, m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.ProjectMemberRoleRemoved,"));

        var shared = await pm.MarkSharedAsync(new MarkSharedRequest
            { ProjectId = s.ProjectId, FunctionKey = "archive", CoOwners = { ProjectRole.ProjectManager, ProjectRole.CreativeLead } });
        Assert.Equal(RowOwnership.Shared, shared.Ownership);
        var reassigned = await pm.ReassignOwnerAsync(new ChangeOwnerRequest { ProjectId = s.ProjectId, FunctionKey = "archive", Owner = ProjectRole.ProjectManager });
        Assert.Equal([ProjectRole.ProjectManager], reassigned.Owners);
    }
}
