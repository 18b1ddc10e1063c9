using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Ownership.Tests.Projects;

[Collection(OwnershipCollection.Name)]
public sealed class TemplateTests(OwnershipFixture fixture)
{
    [Fact]
    public async Task R_KICK_3_a_template_from_an_earlier_project_prefills_owners_and_proposals_but_never_a_confirmation()
    {
        var s = await ProjectScenario.StartAsync(fixture);
        var pm = s.Projects("pm");
        await pm.ReassignOwnerAsync(new ChangeOwnerRequest { ProjectId = s.ProjectId, FunctionKey = "vendor-invoices", Owner = ProjectRole.ProjectManager });
        await pm.ConfirmFunctionAsync(new ConfirmFunctionRequest { ProjectId = s.ProjectId, FunctionKey = "vendor-invoices" });
        await pm.DeclareHierarchyAsync(new DeclareHierarchyRequest { ProjectId = s.ProjectId, Hierarchy = Hierarchy.ProjectManagerSenior });
        await pm.SetCadenceAsync(new SetCadenceRequest { ProjectId = s.ProjectId, Frequency = CadenceFrequency.Daily });

        var next = await s.Ownership("pm").CreateProjectAsync(new CreateProjectRequest
            { Name = "Second spot", Type = ProjectType.CommercialProduction, CreatorRoles = { ProjectRole.ProjectManager } });
        await RpcAssert.FailsWith(StatusCode.NotFound, () => pm.ApplyTemplateAsync(new ApplyTemplateRequest
            { ProjectId = next.ProjectId, SourceProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
        var detail = await pm.ApplyTemplateAsync(new ApplyTemplateRequest { ProjectId = next.ProjectId, SourceProjectId = s.ProjectId });

        Assert.Equal(Hierarchy.ProjectManagerSenior, detail.ProposedHierarchy);
        Assert.Equal(Hierarchy.Unspecified, detail.Hierarchy);
        Assert.Null(detail.Cadence);
        var row = (await pm.GetMatrixAsync(new GetMatrixRequest { ProjectId = next.ProjectId })).Rows.Single(r => r.FunctionKey == "vendor-invoices");
        Assert.Equal([ProjectRole.ProjectManager], row.Owners);
        Assert.False(row.Confirmed);
        var status = await pm.GetKickoffStatusAsync(new GetKickoffStatusRequest { ProjectId = next.ProjectId });
        Assert.Contains(status.Unmet, u => u.Kind == KickoffConditionKind.FunctionNotConfirmed && u.FunctionKey == "vendor-invoices");
        Assert.Contains(status.Unmet, u => u.Kind == KickoffConditionKind.HierarchyUndeclared && u.RuleId == "R-KICK-1");
        Assert.Contains(await fixture.OutboxOfAsync(s.Org), m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.KickoffTemplateApplied,"));
    }

    [Fact]
    public async Task Bad_input_to_kickoff_RPCs_is_InvalidArgument_naming_the_field()
    {
        var s = await ProjectScenario.StartAsync(fixture);
        var pm = s.Projects("pm");
        await RpcAssert.InvalidArgumentOn("hierarchy", () => pm.DeclareHierarchyAsync(new DeclareHierarchyRequest { ProjectId = s.ProjectId }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("frequency", () => pm.SetCadenceAsync(new SetCadenceRequest { ProjectId = s.ProjectId }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("step", () => pm.CompleteKickoffStepAsync(new CompleteKickoffStepRequest { ProjectId = s.ProjectId }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("project_id", () => pm.GetMatrixAsync(new GetMatrixRequest { ProjectId = "nope" }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("co_owners", () => pm.MarkSharedAsync(new MarkSharedRequest
            { ProjectId = s.ProjectId, FunctionKey = "archive", CoOwners = { ProjectRole.ProjectManager } }).ResponseAsync);
        // R-KICK-2: a step belongs to a role; the PM cannot present the production plan.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => pm.CompleteKickoffStepAsync(new CompleteKickoffStepRequest
            { ProjectId = s.ProjectId, Step = KickoffStep.ProductionPlanPresented }).ResponseAsync);
    }
}
