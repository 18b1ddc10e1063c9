using Crewline.Contracts.Common.V1;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.ScopeChanges.Features.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using static Crewline.ScopeChanges.Tests.Workflow.WorkflowProject;

namespace Crewline.ScopeChanges.Tests.Workflow;

/// <summary>
/// R-SCOPE-7 with the scan's clock moved forward instead of waited for: a scanner over the service's own
/// database and outbox, whose <see cref="TimeProvider"/> says "later". (Default deadlines: 2 days to assess,
/// 2 days to sign, leadership 1 day after the role.)
/// </summary>
[Collection(ScopeChangesCollection.Name)]
public sealed class DeadlineTests(ScopeChangesFixture fixture)
{
    private sealed class LaterClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }

    private static string? Field(string json, string name) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty(name).GetString();

    private Task<int> ScanAsync(TimeSpan ahead) =>
        ActivatorUtilities.CreateInstance<DeadlineScanner>(fixture.Service.Services, (TimeProvider)new LaterClock(ahead)).ScanOnceAsync(CancellationToken.None);

    [Fact]
    [Trait("Rule", "R-SCOPE-7")]
    public async Task R_SCOPE_7_an_overdue_assessment_is_escalated_to_the_owing_role_then_to_leadership_once_each()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.SubmitAsync();
        await p.Producer.SubmitProductionAssessmentAsync(Production(change));

        await ScanAsync(TimeSpan.FromHours(47));
        Assert.Empty((await p.GetAsync(change)).Escalations);

        await ScanAsync(TimeSpan.FromHours(49));
        await ScanAsync(TimeSpan.FromHours(50)); // a second pass before the leadership period raises nothing more
        var toRole = Assert.Single((await p.GetAsync(change)).Escalations);
        Assert.Equal(EscalationStage.Assessment, toRole.Stage);
        Assert.Equal(EscalationLevel.OwningRole, toRole.Level);
        Assert.Equal([ProjectRole.ProjectManager], toRole.OverdueRoles); // the producer assessed; the PM did not
        Assert.Equal([ProjectRole.ProjectManager], toRole.EscalatedTo);

        await ScanAsync(TimeSpan.FromHours(73));
        await ScanAsync(TimeSpan.FromHours(100));
        var after = await p.GetAsync(change);
        Assert.Equal(2, after.Escalations.Count);
        Assert.Equal(EscalationLevel.Leadership, after.Escalations[1].Level);
        Assert.Equal([ProjectRole.Leadership], after.Escalations[1].EscalatedTo);
        Assert.Contains(after.History, h => h.Action == "escalated to leadership");
        var events = await p.EventsAsync("ScopeChangeEscalated");
        Assert.Equal(2, events.Count);
        Assert.Equal("ESCALATION_LEVEL_OWNING_ROLE", Field(events[0].Payload, "level"));
        Assert.Equal("ESCALATION_LEVEL_LEADERSHIP", Field(events[1].Payload, "level"));
        Assert.Equal("ESCALATION_STAGE_ASSESSMENT", Field(events[1].Payload, "stage"));
        Assert.Contains("PROJECT_ROLE_LEADERSHIP", events[1].Payload);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-7")]
    public async Task R_SCOPE_7_an_overdue_sign_off_is_escalated_to_the_role_that_has_not_signed_and_an_approved_change_never()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var pending = await p.CombinedAsync("Pending signature");
        await p.Pm.SignChangeResponseAsync(Sign(pending, ProjectRole.ProjectManager));
        var approved = await p.ApprovedAsync("Signed in time");

        await ScanAsync(TimeSpan.FromDays(10));

        var escalations = (await p.GetAsync(pending)).Escalations;
        Assert.Equal(2, escalations.Count);
        Assert.All(escalations, e => Assert.Equal(EscalationStage.SignOff, e.Stage));
        Assert.Equal([ProjectRole.Producer], escalations[0].OverdueRoles);
        Assert.Equal(1, escalations[0].Version);
        Assert.Empty((await p.GetAsync(approved)).Escalations);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-7")]
    public async Task R_SCOPE_7_a_new_version_starts_a_new_sign_off_deadline()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var change = await p.CombinedAsync();
        var v1Deadline = (await p.GetAsync(change)).DeadlineAt.ToDateTimeOffset();
        await ScanAsync(TimeSpan.FromHours(49));
        Assert.Single((await p.GetAsync(change)).Escalations);

        var v2 = await p.Producer.SubmitProductionAssessmentAsync(Production(change, euros: 3000));
        Assert.True(v2.DeadlineAt.ToDateTimeOffset() > v1Deadline);
        Assert.Single(v2.Escalations); // nothing new until the new deadline passes
    }
}
