using Crewline.BuildingBlocks.Findings;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.Events;
using Crewline.Contracts.Events.ClientComms;
using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Reporting.Domain.Findings;

namespace Crewline.Reporting.Tests.Findings;

/// <summary>
/// Each failure-mode rule fed with the events that show its cause: the finding opens with evidence and
/// the article's fix, and closes when the cause is fixed (driven through the projector seam).
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class FindingRuleTests(ReportingFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly string Pm = MembershipNames.ProjectManager;
    private static readonly string Producer = MembershipNames.Producer;

    private readonly ProjectionDriver _driver = new(fixture.Service);
    private readonly Guid _org = Guid.NewGuid();
    private readonly Guid _project = Guid.NewGuid();

    [Fact]
    [Trait("Rule", "R-FAIL-1")]
    public async Task R_FAIL_1_two_owners_not_declared_shared_open_a_duplicated_function_finding_that_closes_when_one_owner_is_named()
    {
        await _driver.ApplyAllAsync(
            new ProjectCreated(_org, _project, "Autumn spot", "PROJECT_TYPE_FILM", "pm-alex", T0),
            new FunctionOwnershipChanged(_org, _project, "vendor-selection", "OwnerAdded", [Producer, Pm], false, false, "pm-alex", T0.AddHours(1)),
            new DuplicateOwnershipDetected(_org, _project, "vendor-selection", "Function vendor-selection has 2 owners (producer, project manager) not declared Shared.",
                FailureModeRules.FixNameAnOwner, "R-OWN-7", T0.AddHours(1)));

        var open = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        AssertShape(open, "FINDING_KIND_DUPLICATED_FUNCTION", "R-FAIL-1", "duplicate-owners", "vendor-selection", FailureModeRules.FixNameAnOwner);
        Assert.Contains("2 owners", open.Evidence);
        Assert.Equal(T0.AddHours(1), open.OpenedAt);
        Assert.Null(open.ClosedAt);
        Assert.Equal(1, await _driver.OutboxCountAsync("FindingOpened", open.FindingId));

        await _driver.ApplyAsync(new FunctionOwnershipChanged(_org, _project, "vendor-selection", "OwnerRemoved", [Producer], false, false, "pm-alex", T0.AddDays(2)));

        var closed = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        Assert.Equal(T0.AddDays(2), closed.ClosedAt);
        Assert.Equal(1, await _driver.OutboxCountAsync("FindingClosed", open.FindingId));
    }

    [Fact]
    [Trait("Rule", "R-FAIL-1")]
    public async Task R_FAIL_1_conflicting_client_status_opens_on_the_refusal_and_closes_when_the_next_status_goes_out()
    {
        await _driver.ApplyAsync(new ConflictingClientStatusRefused(_org, _project, "producer-pat", Producer, Guid.NewGuid(), Pm,
            T0.AddDays(-7), T0));

        var open = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        AssertShape(open, "FINDING_KIND_DUPLICATED_FUNCTION", "R-FAIL-1", "conflicting-client-status", "", FailureModeRules.FixOneSourceOfTruth);
        Assert.Contains("producer (producer-pat)", open.Evidence);
        Assert.Contains("project manager", open.Evidence);

        // A message of another kind, or a status sent before the refusal, changes nothing.
        await _driver.ApplyAllAsync(
            new ClientMessageSent(_org, _project, Guid.NewGuid(), "MESSAGE_KIND_MESSAGE", "pm-alex", 2, T0.AddHours(1)),
            new ClientMessageSent(_org, _project, Guid.NewGuid(), "MESSAGE_KIND_STATUS", "pm-alex", 2, T0.AddHours(-1)));
        Assert.Null(Assert.Single(await _driver.FindingsOfAsync(_org, _project)).ClosedAt);

        await _driver.ApplyAsync(new ClientMessageSent(_org, _project, Guid.NewGuid(), "MESSAGE_KIND_STATUS", "pm-alex", 2, T0.AddDays(1)));
        Assert.Equal(T0.AddDays(1), Assert.Single(await _driver.FindingsOfAsync(_org, _project)).ClosedAt);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public async Task R_FAIL_2_an_unowned_function_opens_a_gap_finding_that_closes_when_an_owner_is_named()
    {
        await _driver.ApplyAllAsync(
            new FunctionOwnershipChanged(_org, _project, "vendor-payments", "OwnerRemoved", [], false, false, "pm-alex", T0),
            new OwnershipGapDetected(_org, _project, "vendor-payments", "Function vendor-payments has no owner.", FailureModeRules.FixNameAnOwner, "R-OWN-7", T0));

        var open = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        AssertShape(open, "FINDING_KIND_UNOWNED_FUNCTION", "R-FAIL-2", "unowned-function", "vendor-payments", FailureModeRules.FixNameAnOwner);
        Assert.Contains("no owner", open.Evidence);

        await _driver.ApplyAsync(new FunctionOwnershipChanged(_org, _project, "vendor-payments", "Reassigned", [Producer], false, true, "pm-alex", T0.AddHours(3)));
        Assert.Equal(T0.AddHours(3), Assert.Single(await _driver.FindingsOfAsync(_org, _project)).ClosedAt);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public async Task R_FAIL_2_a_vendor_invoice_past_terms_opens_an_aging_work_finding_naming_vendor_amount_and_dates_that_closes_when_paid()
    {
        var invoice = Guid.NewGuid();
        await _driver.ApplyAsync(new VendorInvoiceOverdue(_org, _project, invoice, "Grip & Co", 4250.50m, "EUR",
            new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 15)));

        var open = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        AssertShape(open, "FINDING_KIND_AGING_WORK", "R-FAIL-2", "invoice-past-terms", "vendor-invoices", FailureModeRules.FixNameAnOwner);
        Assert.Equal(invoice.ToString(), open.SubjectKey);
        Assert.Contains("Grip & Co", open.Evidence);
        Assert.Contains("4,250.50 EUR", open.Evidence);
        Assert.Contains("2026-09-01", open.Evidence);
        Assert.Contains("14 days past its terms", open.Evidence);

        await _driver.ApplyAsync(new VendorInvoicePaid(_org, _project, invoice, new DateOnly(2026, 9, 17), "producer-pat"));
        Assert.Equal(new DateTimeOffset(2026, 9, 17, 0, 0, 0, TimeSpan.Zero), Assert.Single(await _driver.FindingsOfAsync(_org, _project)).ClosedAt);

        // The scan's notice redelivered after the payment opens nothing again.
        await _driver.ApplyAsync(new VendorInvoiceOverdue(_org, _project, invoice, "Grip & Co", 4250.50m, "EUR",
            new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 20)));
        Assert.NotNull(Assert.Single(await _driver.FindingsOfAsync(_org, _project)).ClosedAt);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public async Task R_FAIL_2_a_payment_that_arrives_before_its_overdue_notice_leaves_no_open_finding()
    {
        var invoice = Guid.NewGuid();
        await _driver.ApplyAllAsync(
            new VendorInvoicePaid(_org, _project, invoice, new DateOnly(2026, 9, 17), "producer-pat"),
            new VendorInvoiceOverdue(_org, _project, invoice, "Grip & Co", 900m, "EUR", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 15)));

        Assert.Empty(await _driver.FindingsOfAsync(_org, _project));
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public async Task R_FAIL_2_a_scope_change_waiting_on_a_signature_past_its_deadline_opens_and_closes_on_the_second_signature()
    {
        var change = Guid.NewGuid();
        await _driver.ApplyAllAsync(
            new ScopeChangeEscalated(_org, _project, change, "ESCALATION_STAGE_ASSESSMENT", "ESCALATION_LEVEL_OWNING_ROLE", [Producer], [Producer], 0, T0, T0.AddMinutes(5)));
        Assert.Empty(await _driver.FindingsOfAsync(_org, _project));

        await _driver.ApplyAsync(new ScopeChangeEscalated(_org, _project, change, "ESCALATION_STAGE_SIGN_OFF", "ESCALATION_LEVEL_OWNING_ROLE",
            [Producer], [Producer], 2, T0.AddDays(3), T0.AddDays(3).AddMinutes(1)));
        var open = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        AssertShape(open, "FINDING_KIND_AGING_WORK", "R-FAIL-2", "awaiting-signature", "scope-change-decisions", FailureModeRules.FixNameAnOwner);
        Assert.Contains("producer's signature", open.Evidence);
        Assert.Contains("version 2", open.Evidence);
        Assert.Contains(Words(T0.AddDays(3)), open.Evidence);

        // Escalated on to leadership: the same finding, its evidence brought up to date.
        await _driver.ApplyAsync(new ScopeChangeEscalated(_org, _project, change, "ESCALATION_STAGE_SIGN_OFF", "ESCALATION_LEVEL_LEADERSHIP",
            ["PROJECT_ROLE_LEADERSHIP"], [Producer], 2, T0.AddDays(3), T0.AddDays(5)));
        var updated = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        Assert.Equal(open.FindingId, updated.FindingId);
        Assert.Contains("escalated to the leadership", updated.Evidence);

        await _driver.ApplyAsync(new ScopeChangeApproved(_org, _project, change, 2, Guid.NewGuid(), "Extra cut-down", "One more 15 s cut.", [],
            "pm-alex", "producer-pat", T0.AddDays(6)));
        Assert.Equal(T0.AddDays(6), Assert.Single(await _driver.FindingsOfAsync(_org, _project)).ClosedAt);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-3")]
    public async Task R_FAIL_3_no_reporting_line_opens_once_a_PM_and_a_producer_share_the_project_and_closes_when_the_hierarchy_is_declared()
    {
        var (alex, pat) = (Guid.NewGuid(), Guid.NewGuid());
        // One person wearing both hats needs no reporting line.
        await _driver.ApplyAllAsync(
            new ProjectMemberAdded(_org, _project, alex, Pm, "admin", T0),
            new ProjectMemberAdded(_org, _project, alex, Producer, "admin", T0.AddHours(1)));
        Assert.Empty(await _driver.FindingsOfAsync(_org, _project));

        await _driver.ApplyAsync(new ProjectMemberAdded(_org, _project, pat, Producer, "admin", T0.AddHours(2)));
        var open = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        AssertShape(open, "FINDING_KIND_UNSTATED_HIERARCHY", "R-FAIL-3", "no-reporting-line", "", FailureModeRules.FixDeclareHierarchy);
        Assert.Contains("no reporting line", open.Evidence);
        Assert.Equal(T0.AddHours(1), open.OpenedAt); // the later of the two roles' first holders

        await _driver.ApplyAsync(new ProjectHierarchyDeclared(_org, _project, "HIERARCHY_PEERS", alex, T0.AddDays(1)));
        Assert.Equal(T0.AddDays(1), Assert.Single(await _driver.FindingsOfAsync(_org, _project)).ClosedAt);

        // A declared hierarchy stays declared: a new producer opens nothing.
        await _driver.ApplyAsync(new ProjectMemberAdded(_org, _project, Guid.NewGuid(), Producer, "admin", T0.AddDays(2)));
        Assert.NotNull(Assert.Single(await _driver.FindingsOfAsync(_org, _project)).ClosedAt);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-3")]
    public async Task R_FAIL_3_overrides_on_the_other_roles_functions_open_a_finding_at_the_threshold_and_close_when_the_hierarchy_is_declared()
    {
        var producer = Guid.NewGuid();
        DecisionRecorded Override(int day, string function) => new(_org, _project, Guid.NewGuid(), function, producer, [Producer], [Pm], [], true, T0.AddDays(day));

        await _driver.ApplyAllAsync(
            Override(1, "revision-rounds"), Override(2, "internal-review"),
            // Not overrides of the PM by the producer: an owner deciding, and a creative lead overriding.
            new DecisionRecorded(_org, _project, Guid.NewGuid(), "vendor-selection", producer, [Producer], [Producer], [], false, T0.AddDays(2)),
            new DecisionRecorded(_org, _project, Guid.NewGuid(), "revision-rounds", Guid.NewGuid(), ["PROJECT_ROLE_CREATIVE_LEAD"], [Pm], [], true, T0.AddDays(2)));
        Assert.Empty(await _driver.FindingsOfAsync(_org, _project));

        var third = Override(3, "revision-rounds");
        await _driver.ApplyAllAsync(third, third); // redelivered: counted once
        var open = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        AssertShape(open, "FINDING_KIND_UNSTATED_HIERARCHY", "R-FAIL-3", "override-threshold", "", FailureModeRules.FixDeclareHierarchy);
        Assert.Equal(T0.AddDays(3), open.OpenedAt);
        Assert.Contains($"The producer took 3 decisions on functions the project manager owns (threshold {FailureModeRules.RepeatedOverrideThreshold})", open.Evidence);
        Assert.Contains("revision-rounds ×2, internal-review ×1", open.Evidence);

        await _driver.ApplyAsync(new ProjectHierarchyDeclared(_org, _project, "HIERARCHY_PRODUCER_SENIOR", producer, T0.AddDays(4)));
        Assert.Equal(T0.AddDays(4), Assert.Single(await _driver.FindingsOfAsync(_org, _project)).ClosedAt);

        // Overrides after the declaration count anew.
        await _driver.ApplyAllAsync(Override(5, "internal-review"), Override(6, "internal-review"), Override(7, "internal-review"));
        var findings = await _driver.FindingsOfAsync(_org, _project);
        Assert.Equal(2, findings.Count);
        Assert.Equal("internal-review", findings[1].FunctionKey);
        Assert.Contains("all after the hierarchy was declared (HIERARCHY_PRODUCER_SENIOR)", findings[1].Evidence);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-4")]
    public async Task R_FAIL_4_every_finding_names_the_project_the_function_where_there_is_one_the_evidence_and_the_articles_fix()
    {
        var (pm, producer) = (Guid.NewGuid(), Guid.NewGuid());
        IOrgEvent[] causes =
        [
            new ProjectCreated(_org, _project, "Every failure", "PROJECT_TYPE_FILM", "pm-alex", T0),
            new DuplicateOwnershipDetected(_org, _project, "vendor-selection", "Two owners.", FailureModeRules.FixNameAnOwner, "R-OWN-7", T0),
            new ConflictingClientStatusRefused(_org, _project, "producer-pat", Producer, Guid.NewGuid(), Pm, T0, T0),
            new OwnershipGapDetected(_org, _project, "vendor-payments", "No owner.", FailureModeRules.FixNameAnOwner, "R-OWN-7", T0),
            new VendorInvoiceOverdue(_org, _project, Guid.NewGuid(), "Grip & Co", 100m, "EUR", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2)),
            new ScopeChangeEscalated(_org, _project, Guid.NewGuid(), "ESCALATION_STAGE_SIGN_OFF", "ESCALATION_LEVEL_OWNING_ROLE", [Pm], [Pm], 1, T0, T0),
            new ProjectMemberAdded(_org, _project, pm, Pm, "admin", T0),
            new ProjectMemberAdded(_org, _project, producer, Producer, "admin", T0),
            .. Enumerable.Range(1, 3).Select(i => new DecisionRecorded(_org, _project, Guid.NewGuid(), "internal-capacity", pm, [Pm], [Producer], [], true, T0.AddHours(i))),
        ];
        await _driver.ApplyAllAsync(causes);

        var findings = await _driver.FindingsOfAsync(_org, _project);
        Assert.Equal(
            ["awaiting-signature", "conflicting-client-status", "duplicate-owners", "invoice-past-terms", "no-reporting-line", "override-threshold", "unowned-function"],
            findings.Select(f => f.Cause).Order(StringComparer.Ordinal));
        string[] articleFixes = [FailureModeRules.FixNameAnOwner, FailureModeRules.FixOneSourceOfTruth, FailureModeRules.FixDeclareHierarchy];
        foreach (var f in findings)
        {
            Assert.Equal(_project, f.ProjectId);
            Assert.Equal(_org, f.OrgId);
            Assert.False(string.IsNullOrWhiteSpace(f.Evidence), f.Cause);
            Assert.Contains(articleFixes, fix => f.Fix.StartsWith(fix, StringComparison.Ordinal));
            Assert.Matches("^R-FAIL-[123]$", f.RuleId);
        }
        string[] aboutAFunction = ["duplicate-owners", "unowned-function", "invoice-past-terms", "awaiting-signature", "override-threshold"];
        Assert.All(findings.Where(f => aboutAFunction.Contains(f.Cause)), f => Assert.NotEmpty(f.FunctionKey));
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public async Task R_FAIL_2_redelivered_events_open_one_finding_and_publish_FindingOpened_once()
    {
        var overdue = new VendorInvoiceOverdue(_org, _project, Guid.NewGuid(), "Lights Ltd", 300m, "GBP", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 9));
        await _driver.ApplyAllAsync(overdue, overdue, overdue);

        var finding = Assert.Single(await _driver.FindingsOfAsync(_org, _project));
        Assert.Equal(1, await _driver.OutboxCountAsync("FindingOpened", finding.FindingId));
    }

    [Fact]
    [Trait("Rule", "R-FAIL-1")]
    public async Task R_FAIL_1_a_duplicate_already_resolved_by_a_later_change_that_arrived_first_leaves_no_open_finding()
    {
        await _driver.ApplyAllAsync(
            new FunctionOwnershipChanged(_org, _project, "talent-crew", "MarkedShared", [Producer, Pm], true, false, "pm-alex", T0.AddHours(2)),
            new DuplicateOwnershipDetected(_org, _project, "talent-crew", "Two owners.", FailureModeRules.FixNameAnOwner, "R-OWN-7", T0.AddHours(1)),
            new FunctionOwnershipChanged(_org, _project, "talent-crew", "OwnerAdded", [Producer, Pm], false, false, "pm-alex", T0.AddHours(1)));

        Assert.Empty(await _driver.FindingsOfAsync(_org, _project));
    }

    [Fact]
    [Trait("Rule", "R-FAIL-3")]
    public async Task R_FAIL_3_a_hierarchy_declared_before_the_PM_and_producer_events_arrive_leaves_no_open_finding()
    {
        await _driver.ApplyAllAsync(
            new ProjectHierarchyDeclared(_org, _project, "HIERARCHY_PEERS", Guid.NewGuid(), T0.AddDays(1)),
            new ProjectMemberAdded(_org, _project, Guid.NewGuid(), Producer, "admin", T0),
            new ProjectMemberAdded(_org, _project, Guid.NewGuid(), Pm, "admin", T0));

        Assert.Empty(await _driver.FindingsOfAsync(_org, _project));
    }

    private static string Words(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertShape(ReportedFinding f, string kind, string ruleId, string cause, string functionKey, string fixStart)
    {
        Assert.Equal(kind, f.Kind);
        Assert.Equal(ruleId, f.RuleId);
        Assert.Equal(cause, f.Cause);
        Assert.Equal(functionKey, f.FunctionKey);
        Assert.StartsWith(fixStart, f.Fix);
        Assert.False(string.IsNullOrWhiteSpace(f.Evidence));
    }
}
