using Crewline.Contracts.Events.ClientComms;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests.Projects;

[Collection(OwnershipCollection.Name)]
public sealed class KickoffAndCloseoutTests(OwnershipFixture fixture)
{
    [Fact]
    public async Task R_KICK_1_start_fails_listing_every_unmet_condition_then_succeeds_once_all_are_met_and_R_CLOSE_1_2_close_likewise()
    {
        var host = fixture.Service;
        var s = await ProjectScenario.StartAsync(fixture);
        var projectId = Guid.Parse(s.ProjectId);
        var pm = s.Projects("pm");
        var producer = s.Projects("producer");

        // Nothing done: every condition is listed, in the status and in the FailedPrecondition.
        var status = await pm.GetKickoffStatusAsync(new GetKickoffStatusRequest { ProjectId = s.ProjectId });
        Assert.False(status.Ready);
        var kinds = status.Unmet.Select(u => u.Kind).ToHashSet();
        Assert.Superset(new HashSet<KickoffConditionKind>
        {
            KickoffConditionKind.FunctionNotConfirmed, KickoffConditionKind.SpocNotNamed, KickoffConditionKind.HierarchyUndeclared,
            KickoffConditionKind.CadenceNotSet, KickoffConditionKind.MilestonesMissing, KickoffConditionKind.StepNotDone,
        }, kinds);
        var error = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () =>
            producer.StartProjectAsync(new StartProjectRequest { ProjectId = s.ProjectId }).ResponseAsync);
        Assert.Contains("R-KICK-1", error.Status.Detail);
        Assert.Contains($"{status.Unmet.Count} condition(s) unmet", error.Status.Detail);
        foreach (var unmet in status.Unmet) Assert.Contains(unmet.Description, error.Status.Detail);
        // ... and, for machines, one google.rpc.PreconditionFailure violation per unmet condition.
        var violations = error.GetRpcStatus()?.GetDetail<Google.Rpc.PreconditionFailure>()?.Violations;
        Assert.NotNull(violations);
        Assert.Equal(status.Unmet.Select(u => (u.RuleId, u.Description)), violations.Select(v => (v.Type, v.Description)));
        Assert.Contains(violations, v => v.Type == "R-KICK-1" && v.Subject == "spoc");
        Assert.Contains(violations, v => v.Type == "R-KICK-1" && v.Subject == "vendor-invoices");
        Assert.Contains(violations, v => v.Type == "R-KICK-2" && v.Subject == "kickoff-step:production-plan-presented");

        // Meet them one by one: every function confirmed by its owner(s).
        var matrix = await pm.GetMatrixAsync(new GetMatrixRequest { ProjectId = s.ProjectId });
        foreach (var row in matrix.Rows)
            foreach (var owner in row.Owners)
                await s.Projects(ProjectScenario.SubjectFor(owner)).ConfirmFunctionAsync(
                    new ConfirmFunctionRequest { ProjectId = s.ProjectId, FunctionKey = row.FunctionKey });
        await pm.DeclareHierarchyAsync(new DeclareHierarchyRequest { ProjectId = s.ProjectId, Hierarchy = Hierarchy.Peers });
        await producer.SetCadenceAsync(new SetCadenceRequest { ProjectId = s.ProjectId, Frequency = CadenceFrequency.Weekly, Note = "Monday stand-up" });
        foreach (var step in Enum.GetValues<KickoffStep>().Where(k => k != KickoffStep.Unspecified))
        {
            var subject = step switch
            {
                KickoffStep.ProductionPlanPresented or KickoffStep.ProductionScopeConfirmed => "producer",
                KickoffStep.BriefWalkedThrough => "creative",
                _ => "pm",
            };
            await s.Projects(subject).CompleteKickoffStepAsync(new CompleteKickoffStepRequest { ProjectId = s.ProjectId, Step = step });
        }
        // Milestones of both roles on the shared plan.
        foreach (var (subject, role) in new[] { ("pm", ProjectRole.ProjectManager), ("producer", ProjectRole.Producer) })
            await new PlanService.PlanServiceClient(host.CreateChannel(host.TokenFor(subject, s.Org))).AddPlanItemAsync(new AddPlanItemRequest
            {
                ProjectId = s.ProjectId, Kind = PlanItemKind.Milestone, OwnerRole = role, Title = $"{subject} milestone",
                Start = new Google.Type.Date { Year = 2027, Month = 3, Day = 1 }, Due = new Google.Type.Date { Year = 2027, Month = 3, Day = 2 },
            });

        // The SPOC comes from client communications' SpocNamed event.
        await host.Services.GetRequiredService<IBus>().Publish(
            new SpocNamed(s.Org, projectId, "PROJECT_ROLE_PRODUCER", "producer", "Sam Producer", "pm", DateTimeOffset.UtcNow));
        await Eventually.Until(async () => (await pm.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId })).Spoc is not null);

        status = await pm.GetKickoffStatusAsync(new GetKickoffStatusRequest { ProjectId = s.ProjectId });
        Assert.Empty(status.Unmet);
        Assert.True(status.Ready);

        // R-CLOSE: not before the project is active.
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () =>
            pm.CloseProjectAsync(new CloseProjectRequest { ProjectId = s.ProjectId }).ResponseAsync);

        var started = await producer.StartProjectAsync(new StartProjectRequest { ProjectId = s.ProjectId });
        Assert.Equal(ProjectPhase.Active, started.Phase);
        Assert.NotNull(started.StartedAt);
        Assert.Equal(ProjectRole.Producer, started.Spoc.Role);

        // Closeout: fails listing every unmet item, then succeeds.
        var closeError = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () =>
            pm.CloseProjectAsync(new CloseProjectRequest { ProjectId = s.ProjectId }).ResponseAsync);
        Assert.Contains("R-CLOSE-1", closeError.Status.Detail);
        var closeout = await pm.GetCloseoutStatusAsync(new GetCloseoutStatusRequest { ProjectId = s.ProjectId });
        Assert.Equal(8, closeout.Unmet.Count); // seven items and the retro
        var closeViolations = closeError.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>()!.Violations;
        Assert.Equal(closeout.Unmet.Select(u => (u.RuleId, u.FunctionKey == "" ? "retro" : u.FunctionKey)), closeViolations.Select(v => (v.Type, v.Subject)));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => pm.ConfirmCloseoutItemAsync(
            new ConfirmCloseoutItemRequest { ProjectId = s.ProjectId, FunctionKey = "asset-handoff" }).ResponseAsync);
        foreach (var item in new[] { "asset-handoff", "rights-documentation", "budget-reconciliation" })
            await producer.ConfirmCloseoutItemAsync(new ConfirmCloseoutItemRequest { ProjectId = s.ProjectId, FunctionKey = item });
        foreach (var item in new[] { "final-files", "brand-documentation", "archive", "client-sign-off" })
            await pm.ConfirmCloseoutItemAsync(new ConfirmCloseoutItemRequest { ProjectId = s.ProjectId, FunctionKey = item });
        var retroMissing = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () =>
            pm.CloseProjectAsync(new CloseProjectRequest { ProjectId = s.ProjectId }).ResponseAsync);
        Assert.Contains("R-CLOSE-2", retroMissing.Status.Detail);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => pm.RecordRetroAsync(new RecordRetroRequest
            { ProjectId = s.ProjectId, Notes = "Went well", FacilitatedBy = { s.Pm.PersonId } }).ResponseAsync);
        await pm.RecordRetroAsync(new RecordRetroRequest
            { ProjectId = s.ProjectId, Notes = "Shoot ran on time; invoices were owned.", FacilitatedBy = { s.Pm.PersonId, s.Producer.PersonId } });
        var closed = await pm.CloseProjectAsync(new CloseProjectRequest { ProjectId = s.ProjectId });
        Assert.Equal(ProjectPhase.Closed, closed.Phase);
        Assert.Equal(7, closed.CloseoutConfirmations.Count);

        await using var scope = host.Services.CreateAsyncScope();
        var outbox = await scope.ServiceProvider.GetRequiredService<Infrastructure.OwnershipDbContext>().OutboxMessages
            .Where(m => m.OrgId == s.Org).Select(m => m.MessageType).ToListAsync();
        foreach (var type in new[] { "ProjectStarted", "ProjectClosed", "ProjectSpocRecorded", "ProjectRetroRecorded", "FunctionConfirmed", "KickoffStepCompleted" })
            Assert.Contains(outbox, m => m.StartsWith($"Crewline.Contracts.Events.Ownership.{type},"));
    }
}
