using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using Scope = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.Reporting.Tests.Portfolio;

[Collection(ReportingCollection.Name)]
public sealed class ProjectStatusTests(ReportingFixture fixture)
{
    private readonly ProjectionDriver driver = new(fixture);

    [Fact]
    public async Task A_projects_events_build_its_status_plan_matrix_scope_changes_spoc_progress_and_conversation()
    {
        var org = Guid.NewGuid();
        var client = await driver.AdminOfAsync(org);
        var s = new PortfolioScenario(org);
        await driver.PublishAsync(s.Events);

        var status = await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = s.ProjectId.ToString() });

        Assert.Equal("Harbour film", status.Name);
        Assert.Equal(Own.ProjectType.Film, status.ProjectType);
        Assert.Equal(Own.ProjectPhase.Active, status.Phase);
        Assert.Equal(ProjectHealth.Failing, status.Health); // the milestone of March 2026 is late
        Assert.Equal(Own.Hierarchy.Peers, status.Hierarchy);
        Assert.Equal(new[] { s.PmId.ToString(), s.ProducerId.ToString() }.Order(), status.Members.Select(m => m.PersonId).Order());

        var invoices = Assert.Single(status.Matrix, c => c.FunctionKey == "vendor-invoices");
        Assert.Equal(Own.RowOwnership.SingleOwner, invoices.Ownership);
        Assert.True(invoices.Confirmed);
        var clientStatus = Assert.Single(status.Matrix, c => c.FunctionKey == "client-status");
        Assert.Equal(Own.RowOwnership.Duplicated, clientStatus.Ownership);
        Assert.False(clientStatus.Confirmed);

        Assert.Equal(["Shoot wrapped", "Edit"], status.Plan.Select(p => p.Title));
        Assert.True(status.Plan[0].Late);
        Assert.Equal(Own.PlanItemStatus.InProgress, status.Plan[1].Status);
        Assert.Equal("2099-02-05", status.Plan[1].DueDate);
        Assert.Equal(1, status.MilestonesLate);

        var open = Assert.Single(status.OpenScopeChanges);
        Assert.Equal(s.OpenChange.ToString(), open.ChangeRequestId);
        Assert.Equal(Scope.ChangeRequestStatus.SigningOff, open.Status);
        Assert.Equal([Common.ProjectRole.ProjectManager], open.SignedBy);
        Assert.NotNull(open.SignatureDueAt);

        Assert.Equal(s.ProducerId.ToString(), status.Spoc.PersonId);
        Assert.Equal(Common.ProjectRole.Producer, status.Spoc.Role);
        Assert.Equal(2, status.Kickoff.Done);
        Assert.Equal(6, status.Kickoff.Total);
        Assert.Equal(new ConversationView
        {
            MessagesSent = 1, DraftsWaiting = 1, DeliveriesFailed = 1, ConflictingStatusRefused = 1,
            LastSentAt = status.Conversation.LastSentAt, LastReceivedAt = status.Conversation.LastReceivedAt,
        }, status.Conversation);
        Assert.NotNull(status.Conversation.LastReceivedAt);
        Assert.NotNull(status.UpdatedAt);
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public async Task The_matrix_grid_shows_a_gap_wherever_R_OWN_7_finds_one_including_a_shared_function_whose_co_owner_role_nobody_holds()
    {
        var org = Guid.NewGuid();
        var client = await driver.AdminOfAsync(org);
        var created = ReportingFixture.NewProjectCreated(org, "Web series");
        var (p, t0, pm, producer) = (created.ProjectId, created.CreatedAt, Guid.CreateVersion7(), Guid.CreateVersion7());
        FunctionOwnershipChanged Row(string key, string[] owners, bool shared, int minute) =>
            new(org, p, key, "AddedToMatrix", owners, shared, false, "pm-alex", t0.AddMinutes(minute));
        await driver.PublishAsync([
            created,
            new ProjectMemberAdded(org, p, pm, PortfolioScenario.Pm, "pm-alex", t0.AddMinutes(1)),
            new ProjectMemberAdded(org, p, producer, PortfolioScenario.Producer, "pm-alex", t0.AddMinutes(1)),
            Row("timeline", [PortfolioScenario.Pm], false, 2),
            Row("vendor-invoices", [PortfolioScenario.Producer], false, 2),
            Row("client-status", [PortfolioScenario.Pm, PortfolioScenario.Producer], true, 2),
            Row("budget", [PortfolioScenario.Pm, PortfolioScenario.Producer], false, 2),
            new ProjectMemberRoleRemoved(org, p, producer, PortfolioScenario.Producer, "pm-alex", t0.AddMinutes(3)),
        ]);

        Dictionary<string, Own.RowOwnership> grid = [];
        await Eventually.Until(async () =>
        {
            var status = await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = p.ToString() });
            grid = status.Matrix.ToDictionary(c => c.FunctionKey, c => c.Ownership);
            return status.Members.All(m => m.PersonId != producer.ToString());
        });

        Assert.Equal(Own.RowOwnership.SingleOwner, grid["timeline"]);
        Assert.Equal(Own.RowOwnership.Unowned, grid["vendor-invoices"]);
        Assert.Equal(Own.RowOwnership.Unowned, grid["client-status"]); // shared, but nobody holds the producer role
        Assert.Equal(Own.RowOwnership.Duplicated, grid["budget"]);
    }

    [Fact]
    public async Task The_logs_show_decisions_scope_changes_with_cycle_times_and_invoice_aging()
    {
        var org = Guid.NewGuid();
        var client = await driver.AdminOfAsync(org);
        var s = new PortfolioScenario(org);
        await driver.PublishAsync(s.Events);

        var decision = Assert.Single((await client.ListDecisionLogAsync(new ListDecisionLogRequest())).Decisions);
        Assert.Equal(s.Decision.ToString(), decision.DecisionId);
        Assert.Equal("Harbour film", decision.ProjectName);
        Assert.True(decision.IsOverride);
        Assert.Equal(("Pay the grip house late", "Cash flow"), (decision.Summary, decision.Rationale));
        Assert.Equal(Common.ProjectRole.ProjectManager, decision.DecidedAs);

        var log = await client.ListScopeChangeLogAsync(new ListScopeChangeLogRequest());
        Assert.Equal([s.AcceptedChange.ToString(), s.OpenChange.ToString()], log.ScopeChanges.Select(c => c.ChangeRequestId));
        var accepted = log.ScopeChanges[0];
        Assert.Equal(Scope.ChangeRequestStatus.ClientAccepted, accepted.Status);
        Assert.Equal((long)TimeSpan.FromDays(2).TotalSeconds, accepted.CycleSeconds);
        Assert.Equal(1, log.CycleTimes.Count);
        Assert.Equal((long)TimeSpan.FromDays(2).TotalSeconds, log.CycleTimes.P50Seconds);
        Assert.Equal(1, log.CycleTimes.Buckets.Single(b => b.Label == "1–3 days").Count);
        Assert.Single((await client.ListScopeChangeLogAsync(new ListScopeChangeLogRequest { OpenOnly = true })).ScopeChanges);

        var aging = await client.GetInvoiceAgingAsync(new GetReportingInvoiceAgingRequest { ProjectId = s.ProjectId.ToString() });
        Assert.Equal(2, aging.UnpaidCount);
        Assert.Equal("1500.50", aging.UnpaidTotal);
        Assert.Equal(1, aging.Buckets[0].Count); // not yet due
        Assert.Equal(1, aging.Buckets.Skip(1).Sum(b => b.Count)); // past terms since March 2026
    }

    [Fact]
    public async Task A_status_change_arriving_before_its_plan_item_is_kept_and_unknown_items_stay_off_the_plan()
    {
        var org = Guid.NewGuid();
        var client = await driver.AdminOfAsync(org);
        var s = new PortfolioScenario(org);
        var early = s.Events.OfType<Crewline.Contracts.Events.Ownership.PlanItemStatusChanged>().Single();
        await driver.PublishAsync([s.Events[0], early]);

        var before = await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = s.ProjectId.ToString() });
        Assert.Empty(before.Plan);

        await driver.PublishAsync(s.Events.OfType<Crewline.Contracts.Events.Ownership.PlanItemAdded>());
        var after = await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = s.ProjectId.ToString() });
        Assert.Equal(Own.PlanItemStatus.InProgress, after.Plan.Single(p => p.ItemId == s.Task.ToString()).Status);
    }
}
