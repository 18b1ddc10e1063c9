using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Roles;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;

namespace Crewline.Ownership.Domain.Tests;

public sealed class FunctionCatalogTests
{
    [Theory]
    [InlineData(VendorSelection)]
    [InlineData(ProductionFreelancers)]
    [InlineData(LocationsAndPermits)]
    [InlineData(TalentAndCrew)]
    [InlineData(PostProductionHouses)]
    [InlineData(ProductionBudget)]
    [InlineData(ProductionMilestones)]
    [InlineData(AssetHandoff)]
    [InlineData(RightsDocumentation)]
    [InlineData(BudgetReconciliation)]
    [Trait("Rule", "R-OWN-2")]
    public void R_OWN_2_producer_functions_default_to_the_producer(string key) =>
        Assert.Equal([ProjectRole.Producer], FunctionCatalog.Default.Find(key)!.DefaultOwners);

    [Theory]
    [InlineData(InternalTeamCoordination)]
    [InlineData(InternalCapacity)]
    [InlineData(BriefDiscipline)]
    [InlineData(FreelanceDesigners)]
    [InlineData(RevisionRounds)]
    [InlineData(InternalReview)]
    [InlineData(DeliverableTracking)]
    [InlineData(ProjectMilestones)]
    [InlineData(FinalFiles)]
    [InlineData(BrandDocumentation)]
    [InlineData(Archive)]
    [InlineData(ClientSignOff)]
    [Trait("Rule", "R-OWN-3")]
    public void R_OWN_3_pm_functions_default_to_the_project_manager(string key) =>
        Assert.Equal([ProjectRole.ProjectManager], FunctionCatalog.Default.Find(key)!.DefaultOwners);

    [Fact]
    [Trait("Rule", "R-OWN-4")]
    public void R_OWN_4_the_creative_lead_authors_the_brief_the_pm_owns_its_discipline_the_producer_scopes_production()
    {
        Assert.Equal([ProjectRole.CreativeLead], FunctionCatalog.Default.Find(BriefAuthoring)!.DefaultOwners);
        Assert.Equal([ProjectRole.ProjectManager], FunctionCatalog.Default.Find(BriefDiscipline)!.DefaultOwners);
        Assert.Equal([ProjectRole.Producer], FunctionCatalog.Default.Find(ProductionScoping)!.DefaultOwners);
    }

    [Theory]
    [InlineData(ScopeChangeDecisions)]
    [InlineData(Closeout)]
    [InlineData(Retro)]
    [InlineData(ProjectTimeline)]
    [Trait("Rule", "R-OWN-5")]
    public void R_OWN_5_co_owned_functions_are_shared_by_pm_and_producer(string key)
    {
        var function = FunctionCatalog.Default.Find(key)!;
        Assert.True(function.SharedByDefault);
        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], function.DefaultOwners);
    }

    [Fact]
    [Trait("Rule", "R-OWN-6")]
    public void R_OWN_6_vendor_invoices_and_payments_are_in_the_catalog_with_an_owner()
    {
        Assert.Equal([ProjectRole.Producer], FunctionCatalog.Default.Find(VendorInvoices)!.DefaultOwners);
        Assert.Equal([ProjectRole.Producer], FunctionCatalog.Default.Find(VendorPayments)!.DefaultOwners);
    }

    [Fact]
    [Trait("Rule", "R-OWN-8")]
    public void R_OWN_8_an_org_adds_its_own_function_but_cannot_shadow_a_built_in_one()
    {
        var custom = new FunctionDefinition("music-licensing", "Music licensing", FunctionArea.ExternalProduction, [ProjectRole.Producer], "R-OWN-8");
        var catalog = new FunctionCatalog([custom]);
        Assert.Same(custom, catalog.Find("music-licensing"));
        Assert.Equal(FunctionCatalog.BuiltIn.Count + 1, catalog.All.Count);

        var shadow = custom with { Key = VendorInvoices };
        Assert.Throws<ArgumentException>(() => new FunctionCatalog([shadow]));
    }

    [Fact]
    public void Every_built_in_key_is_unique()
    {
        Assert.Equal(FunctionCatalog.BuiltIn.Count, FunctionCatalog.BuiltIn.Select(f => f.Key).Distinct().Count());
    }
}
