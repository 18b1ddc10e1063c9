using System.Reflection;
using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Decisions;
using Crewline.Ownership.Domain.Findings;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Domain.Tests.Fakes;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;
using static Crewline.Ownership.Domain.Tests.Fakes.FakeProjectOwnership;

namespace Crewline.Ownership.Domain.Tests;

public sealed class DecisionLogTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static Decision Decide(FakeProjectOwnership project, string function, Guid by, params ProjectRole[] briefed) =>
        Decision.Record(Guid.NewGuid(), Org, project, function, by, "Go with vendor B", "A is booked that week", briefed, Now);

    [Fact]
    [Trait("Rule", "R-ROUTE-4")]
    public void R_ROUTE_4_a_decision_records_who_which_function_what_when_why_and_who_was_briefed()
    {
        var project = WithPair();

        var decision = Decide(project, VendorSelection, Producer, ProjectRole.ProjectManager);

        Assert.Equal(Org, decision.OrgId);
        Assert.Equal(project.ProjectId, decision.ProjectId);
        Assert.Equal(VendorSelection, decision.FunctionKey);
        Assert.Equal("Go with vendor B", decision.What);
        Assert.Equal("A is booked that week", decision.Why);
        Assert.Equal(Producer, decision.DecidedBy);
        Assert.Equal([ProjectRole.Producer], decision.DeciderRoles);
        Assert.Equal([ProjectRole.ProjectManager], decision.BriefedRoles);
        Assert.Equal(Now, decision.DecidedAt);
        Assert.False(decision.IsOverride);
        var recorded = Assert.IsType<DecisionRecorded>(Assert.Single(decision.DomainEvents));
        Assert.Equal(decision.Id, recorded.DecisionId);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-4")]
    public void R_ROUTE_4_the_log_is_append_only_a_decision_has_no_mutator()
    {
        var publicSetters = typeof(Decision).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true });
        var instanceBehaviour = typeof(Decision).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName);

        Assert.Empty(publicSetters);
        Assert.Empty(instanceBehaviour);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-2")]
    public void R_ROUTE_2_a_decision_by_a_role_that_does_not_own_the_function_is_kept_as_an_override()
    {
        var decision = Decide(WithPair(Hierarchy.ProducerSenior), InternalCapacity, Producer);

        Assert.True(decision.IsOverride);
        Assert.Contains("R-ROUTE-2", decision.OverrideReason);
        Assert.Equal([ProjectRole.ProjectManager], decision.OwnerRoles);
        Assert.True(Assert.IsType<DecisionRecorded>(Assert.Single(decision.DomainEvents)).IsOverride);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-2")]
    public void R_ROUTE_2_a_person_wearing_both_hats_never_overrides()
    {
        var project = WithBothHats();

        Assert.False(Decide(project, InternalCapacity, BothHats).IsOverride);
        Assert.False(Decide(project, VendorSelection, BothHats).IsOverride);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-2")]
    public void R_ROUTE_2_a_co_owner_of_a_shared_function_does_not_override()
    {
        Assert.False(Decide(WithPair(), ScopeChangeDecisions, Pm).IsOverride);
    }

    [Fact]
    public void What_and_why_are_required_and_bounded()
    {
        var project = WithPair();

        var error = Assert.Throws<ValidationException>(() =>
            Decision.Record(Guid.NewGuid(), Org, project, VendorSelection, Producer, " ", new string('x', Decision.MaxWhyLength + 1), [], Now));

        Assert.Equal(["what", "why"], error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void An_unknown_function_is_a_validation_error_and_a_non_member_cannot_decide()
    {
        var project = WithPair();

        Assert.Equal("function_key", Assert.Single(Assert.Throws<ValidationException>(() => Decide(project, "nope", Producer)).Violations).Field);
        Assert.Throws<PermissionDeniedException>(() => Decide(project, VendorSelection, Outsider));
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_no_decision_on_a_function_nobody_owns()
    {
        var error = Assert.Throws<RuleViolationException>(() => Decide(WithPair().Unown(VendorPayments), VendorPayments, Producer));
        Assert.Equal("R-OWN-7", error.RuleId);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-3")]
    public void R_FAIL_3_an_undeclared_hierarchy_is_a_finding_with_the_fix()
    {
        var project = WithPair(Hierarchy.Undeclared);

        var finding = Assert.Single(UnstatedHierarchyDetector.Detect(project, []));

        Assert.Equal(FindingKind.UnstatedHierarchy, finding.Kind);
        Assert.Equal(project.ProjectId, finding.ProjectId);
        Assert.Equal(Finding.FixDeclareHierarchy, finding.Fix);
        Assert.Equal("R-FAIL-3", finding.RuleId);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-3")]
    public void R_FAIL_3_the_producer_repeatedly_deciding_pm_functions_is_an_unstated_hierarchy()
    {
        var project = WithPair(Hierarchy.Peers);
        var log = new[]
        {
            Decide(project, InternalCapacity, Producer),
            Decide(project, InternalCapacity, Producer),
            Decide(project, RevisionRounds, Producer),
            Decide(project, VendorSelection, Producer),
        };

        var finding = Assert.Single(UnstatedHierarchyDetector.Detect(project, log));

        Assert.Equal(FindingKind.UnstatedHierarchy, finding.Kind);
        Assert.Equal(Finding.FixDeclareHierarchy, finding.Fix);
        Assert.Contains("took 3 decisions", finding.Evidence);
        Assert.Contains("internal-capacity ×2", finding.Evidence);
        Assert.Contains("revision-rounds ×1", finding.Evidence);
        Assert.Null(finding.FunctionKey);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-3")]
    public void R_FAIL_3_below_the_threshold_is_no_pattern()
    {
        var project = WithPair();
        var log = Enumerable.Range(0, UnstatedHierarchyDetector.RepeatedOverrideThreshold - 1)
            .Select(_ => Decide(project, VendorSelection, Pm)).ToArray();

        Assert.Empty(UnstatedHierarchyDetector.Detect(project, log));
    }

    [Fact]
    [Trait("Rule", "R-FAIL-3")]
    public void R_FAIL_3_the_pm_repeatedly_deciding_one_producer_function_names_that_function()
    {
        var project = WithPair();
        var log = Enumerable.Range(0, 3).Select(_ => Decide(project, VendorSelection, Pm)).ToArray();

        var finding = Assert.Single(UnstatedHierarchyDetector.Detect(project, log));

        Assert.Equal(VendorSelection, finding.FunctionKey);
        Assert.Contains("The PM took 3 decisions on functions the producer owns", finding.Evidence);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-3")]
    public void R_FAIL_3_one_person_wearing_both_hats_never_shows_an_unstated_hierarchy_from_decisions()
    {
        var project = WithBothHats();
        var log = Enumerable.Range(0, 5).Select(_ => Decide(project, VendorSelection, BothHats)).ToArray();

        Assert.Empty(UnstatedHierarchyDetector.Detect(project, log));
    }
}
