using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Findings;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Matrix;
using Crewline.Ownership.Domain.Projects.Events;
using Crewline.Ownership.Domain.Roles;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;

namespace Crewline.Ownership.Domain.Tests;

public sealed class MatrixTests
{
    private static readonly FunctionDefinition MusicLicensing =
        new("music-licensing", "Music licensing", FunctionArea.ExternalProduction, [ProjectRole.Producer], "R-OWN-8");

    [Fact]
    [Trait("Rule", "R-OWN-1")]
    public void R_OWN_1_every_catalog_function_has_one_row_with_exactly_one_owner_or_an_explicit_shared()
    {
        var project = ProjectScenario.NewProject();

        Assert.Equal(FunctionCatalog.BuiltIn.Select(f => f.Key).Order(), project.Matrix.Rows.Select(r => r.Key).Order());
        Assert.All(project.Matrix.Rows, row => Assert.True(
            (row.Owners.Count == 1 && !row.IsShared) || (row.Owners.Count >= 2 && row.IsShared), row.Key));
        Assert.True(project.IsShared(Closeout));
        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], project.OwnersOf(Retro));
    }

    [Fact]
    [Trait("Rule", "R-OWN-1")]
    public void R_OWN_1_sharing_needs_two_or_more_named_co_owner_roles()
    {
        var scenario = ProjectScenario.Pair();
        var error = Assert.Throws<RuleViolationException>(() =>
            scenario.Project.MarkShared(VendorInvoices, [ProjectRole.Producer, ProjectRole.Producer], scenario.Producer));
        Assert.Equal("R-OWN-1", error.RuleId);
        Assert.Equal([ProjectRole.Producer], scenario.Project.OwnersOf(VendorInvoices));

        scenario.Project.MarkShared(VendorInvoices, [ProjectRole.Producer, ProjectRole.ProjectManager], scenario.Producer);
        Assert.True(scenario.Project.IsShared(VendorInvoices));
        Assert.Equal([ProjectRole.Producer, ProjectRole.ProjectManager], scenario.Events<FunctionMarkedShared>().CoOwners);
    }

    [Fact]
    [Trait("Rule", "R-OWN-1")]
    public void R_OWN_1_reassigning_leaves_exactly_one_owner_and_ends_sharing()
    {
        var scenario = ProjectScenario.Pair();
        scenario.Project.ReassignOwner(ScopeChangeDecisions, ProjectRole.ProjectManager, scenario.Pm);

        Assert.Equal([ProjectRole.ProjectManager], scenario.Project.OwnersOf(ScopeChangeDecisions));
        Assert.False(scenario.Project.IsShared(ScopeChangeDecisions));
        var reassigned = scenario.Events<FunctionOwnerReassigned>();
        Assert.Equal(ProjectRole.ProjectManager, reassigned.Owner);
        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], reassigned.PreviousOwners);
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_a_fully_staffed_project_with_the_default_matrix_has_no_gap_and_no_duplicate()
    {
        Assert.Empty(ProjectScenario.Pair().Project.DetectOwnershipFindings());
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    [Trait("Rule", "R-FAIL-2")]
    public void R_OWN_7_R_FAIL_2_a_function_with_no_owner_is_a_gap_reported_with_evidence_and_the_fix()
    {
        var scenario = ProjectScenario.Pair();
        scenario.Project.RemoveOwner(VendorPayments, ProjectRole.Producer, scenario.Producer);

        var finding = Assert.Single(scenario.Project.DetectOwnershipFindings());
        Assert.Equal(FindingKind.UnownedFunction, finding.Kind);
        Assert.Equal(scenario.Project.Id, finding.ProjectId);
        Assert.Equal(VendorPayments, finding.FunctionKey);
        Assert.Equal("R-FAIL-2", finding.RuleId);
        Assert.Equal(Finding.FixNameAnOwner, finding.Fix);
        Assert.Contains("'Vendor payments'", finding.Evidence);
        Assert.Contains("no owner", finding.Evidence);
        Assert.Equal(finding, scenario.Events<OwnershipGapDetected>().Finding);
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_an_org_function_without_a_default_owner_is_a_gap()
    {
        var unowned = MusicLicensing with { DefaultOwners = [] };
        var scenario = ProjectScenario.Pair(catalog: new FunctionCatalog([unowned]));

        var finding = Assert.Single(scenario.Project.DetectOwnershipFindings());
        Assert.Equal(("music-licensing", FindingKind.UnownedFunction), (finding.FunctionKey, finding.Kind));
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_a_function_whose_only_owner_role_no_member_holds_is_a_gap()
    {
        var project = ProjectScenario.NewProject();
        project.AddMember(Guid.NewGuid(), ProjectRole.ProjectManager);
        project.AddMember(Guid.NewGuid(), ProjectRole.CreativeLead);

        var findings = project.DetectOwnershipFindings();
        var invoices = Assert.Single(findings, f => f.FunctionKey == VendorInvoices);
        Assert.Equal(FindingKind.UnownedFunction, invoices.Kind);
        Assert.Contains("'Vendor invoice management'", invoices.Evidence);
        Assert.Contains("owned by the producer role, but no project member holds it", invoices.Evidence);
        Assert.DoesNotContain(findings, f => f.FunctionKey == InternalCapacity);
        // A shared function with one co-owner role unheld is reported too.
        Assert.Contains(findings, f => f.FunctionKey == ScopeChangeDecisions && f.Evidence.Contains("co-owner role producer"));
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_removing_the_only_producer_reports_the_gaps_it_opens()
    {
        var scenario = ProjectScenario.Pair();
        scenario.Project.RemoveRole(scenario.Producer, ProjectRole.Producer);

        var gaps = scenario.Project.DomainEvents.OfType<OwnershipGapDetected>().Select(e => e.FunctionKey).ToList();
        Assert.Contains(VendorPayments, gaps);
        Assert.Contains(AssetHandoff, gaps);
        Assert.Contains(Closeout, gaps);
        Assert.DoesNotContain(FinalFiles, gaps);
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    [Trait("Rule", "R-FAIL-1")]
    public void R_OWN_7_R_FAIL_1_two_owners_not_declared_shared_is_a_duplicate()
    {
        var scenario = ProjectScenario.Pair();
        scenario.Project.AddOwner(VendorInvoices, ProjectRole.ProjectManager, scenario.Pm);

        var finding = Assert.Single(scenario.Project.DetectOwnershipFindings());
        Assert.Equal(FindingKind.DuplicatedFunction, finding.Kind);
        Assert.Equal("R-FAIL-1", finding.RuleId);
        Assert.Equal(VendorInvoices, finding.FunctionKey);
        Assert.Contains("'Vendor invoice management'", finding.Evidence);
        Assert.Contains("producer and PM", finding.Evidence);
        Assert.Contains("not declared Shared", finding.Evidence);
        Assert.Equal(Finding.FixNameAnOwner, finding.Fix);
        Assert.False(scenario.Events<FunctionOwnerAdded>().IsShared);
        Assert.Equal(finding, scenario.Events<DuplicateOwnershipDetected>().Finding);
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_a_function_declared_shared_is_not_a_duplicate()
    {
        var scenario = ProjectScenario.Pair();
        scenario.Project.AddOwner(VendorInvoices, ProjectRole.ProjectManager, scenario.Pm);
        scenario.Project.MarkShared(VendorInvoices, [ProjectRole.Producer, ProjectRole.ProjectManager], scenario.Pm);

        Assert.Empty(scenario.Project.DetectOwnershipFindings());
        Assert.Equal(RowOwnership.Shared, scenario.Project.Matrix.Get(VendorInvoices).Ownership);
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_one_person_wearing_both_hats_leaves_no_gap_and_two_owner_roles_are_still_a_duplicate()
    {
        var scenario = ProjectScenario.BothHats();
        Assert.Empty(scenario.Project.DetectOwnershipFindings());

        scenario.Project.AddOwner(RevisionRounds, ProjectRole.Producer, scenario.Pm);
        Assert.Equal(FindingKind.DuplicatedFunction, Assert.Single(scenario.Project.DetectOwnershipFindings()).Kind);
    }

    [Fact]
    [Trait("Rule", "R-OWN-8")]
    public void R_OWN_8_an_org_function_is_in_a_new_project_matrix()
    {
        var project = ProjectScenario.NewProject(catalog: new FunctionCatalog([MusicLicensing]));
        Assert.Equal([ProjectRole.Producer], project.OwnersOf("music-licensing"));
    }

    [Fact]
    [Trait("Rule", "R-OWN-8")]
    public void R_OWN_8_an_org_function_is_added_to_an_existing_project_matrix_unconfirmed()
    {
        var scenario = ProjectScenario.Pair().Started();
        scenario.Project.AddOrgFunction(MusicLicensing, scenario.Leader);

        var row = scenario.Project.Matrix.Get("music-licensing");
        Assert.Equal([ProjectRole.Producer], row.Owners);
        Assert.False(row.IsConfirmed);
        var added = scenario.Events<FunctionAddedToMatrix>();
        Assert.Equal(("music-licensing", scenario.Leader), (added.FunctionKey, added.By));
        Assert.Equal([ProjectRole.Producer], added.Owners);
        Assert.Throws<ConflictException>(() => scenario.Project.AddOrgFunction(MusicLicensing, scenario.Leader));
    }

    [Fact]
    public void Only_the_pm_the_producer_or_leadership_change_the_matrix()
    {
        var scenario = ProjectScenario.Pair();
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ReassignOwner(VendorInvoices, ProjectRole.ProjectManager, scenario.CreativeLead));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.AddOwner(VendorInvoices, ProjectRole.ProjectManager, scenario.Outsider));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.AddOrgFunction(MusicLicensing, scenario.CreativeLead));
        Assert.Equal([ProjectRole.Producer], scenario.Project.OwnersOf(VendorInvoices));
    }

    [Fact]
    public void A_function_the_matrix_does_not_have_is_a_validation_error()
    {
        var scenario = ProjectScenario.Pair();
        var error = Assert.Throws<ValidationException>(() => scenario.Project.ReassignOwner("no-such-function", ProjectRole.Producer, scenario.Pm));
        Assert.Equal("function_key", error.Violations.Single().Field);
    }
}
