namespace Crewline.Ownership.Domain.Functions;

/// <summary>The keys of the built-in functions (R-OWN-2..6), for code that names one.</summary>
public static class FunctionKeys
{
    // R-OWN-2: producer
    public const string VendorSelection = "vendor-selection";
    public const string ProductionFreelancers = "production-freelancers";
    public const string LocationsAndPermits = "locations-permits";
    public const string TalentAndCrew = "talent-crew";
    public const string PostProductionHouses = "post-production-houses";
    public const string ProductionBudget = "production-budget";
    public const string ProductionMilestones = "production-milestones";
    public const string AssetHandoff = "asset-handoff";
    public const string RightsDocumentation = "rights-documentation";
    public const string BudgetReconciliation = "budget-reconciliation";
    // R-OWN-6: boring functions that must be owned explicitly
    public const string VendorInvoices = "vendor-invoices";
    public const string VendorPayments = "vendor-payments";
    // R-OWN-3: project manager
    public const string InternalTeamCoordination = "internal-team-coordination";
    public const string InternalCapacity = "internal-capacity";
    public const string BriefDiscipline = "brief-discipline";
    public const string FreelanceDesigners = "freelance-designers";
    public const string RevisionRounds = "revision-rounds";
    public const string InternalReview = "internal-review";
    public const string DeliverableTracking = "deliverable-tracking";
    public const string ProjectMilestones = "project-milestones";
    public const string FinalFiles = "final-files";
    public const string BrandDocumentation = "brand-documentation";
    public const string Archive = "archive";
    public const string ClientSignOff = "client-sign-off";
    // R-OWN-4: the brief
    public const string BriefAuthoring = "brief-authoring";
    public const string ProductionScoping = "production-scoping";
    // R-OWN-5: co-owned
    public const string ScopeChangeDecisions = "scope-change-decisions";
    public const string Closeout = "closeout";
    public const string Retro = "retro";
    public const string ProjectTimeline = "project-timeline";
}
