using Crewline.Ownership.Domain.Roles;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;

namespace Crewline.Ownership.Domain.Functions;

/// <summary>
/// The functions every project's ownership matrix starts from: the built-in ones of R-OWN-2..6
/// plus an org's own (R-OWN-8).
/// </summary>
public sealed class FunctionCatalog
{
    private static readonly ProjectRole[] Pm = [ProjectRole.ProjectManager];
    private static readonly ProjectRole[] Producer = [ProjectRole.Producer];
    private static readonly ProjectRole[] Both = [ProjectRole.ProjectManager, ProjectRole.Producer];

    public static IReadOnlyList<FunctionDefinition> BuiltIn { get; } =
    [
        new(VendorSelection, "Vendor selection and negotiation", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(ProductionFreelancers, "Production-crew freelancers", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(LocationsAndPermits, "Locations and permits", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(TalentAndCrew, "Talent and crew", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(PostProductionHouses, "Post-production house relationships", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(ProductionBudget, "Production budget lines (shoot, post, talent and crew, vendor and location spend)", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(ProductionMilestones, "Production milestones (call sheets, shoot dates, edit deadlines)", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(AssetHandoff, "Asset handoff", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(RightsDocumentation, "Rights documentation", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(BudgetReconciliation, "Final budget reconciliation", FunctionArea.ExternalProduction, Producer, "R-OWN-2"),
        new(VendorInvoices, "Vendor invoice management", FunctionArea.ExternalProduction, Producer, "R-OWN-6"),
        new(VendorPayments, "Vendor payments", FunctionArea.ExternalProduction, Producer, "R-OWN-6"),

        new(InternalTeamCoordination, "Internal team coordination", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(InternalCapacity, "Internal capacity", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(BriefDiscipline, "Brief discipline (clarity, completeness, approval routing, lock before work starts)", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(FreelanceDesigners, "Freelance designers", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(RevisionRounds, "Revision rounds", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(InternalReview, "Internal review process", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(DeliverableTracking, "Deliverable tracking against the master plan", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(ProjectMilestones, "Project milestones (kickoff, brief lock, concept presentation, revisions, final delivery)", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(FinalFiles, "Final files", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(BrandDocumentation, "Brand documentation", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(Archive, "Archive", FunctionArea.InternalFlow, Pm, "R-OWN-3"),
        new(ClientSignOff, "Client sign-off", FunctionArea.InternalFlow, Pm, "R-OWN-3"),

        new(BriefAuthoring, "Brief authoring and refinement", FunctionArea.Brief, [ProjectRole.CreativeLead], "R-OWN-4"),
        new(ProductionScoping, "Scoping external production against the locked brief", FunctionArea.ExternalProduction, Producer, "R-OWN-4"),

        new(ScopeChangeDecisions, "Scope-change decisions", FunctionArea.Joint, Both, "R-OWN-5"),
        new(Closeout, "Closeout", FunctionArea.Joint, Both, "R-OWN-5"),
        new(Retro, "The retro", FunctionArea.Joint, Both, "R-OWN-5"),
        new(ProjectTimeline, "The project-level timeline (one shared plan, each role editing its own items)", FunctionArea.Joint, Both, "R-OWN-5"),
    ];

    private readonly Dictionary<string, FunctionDefinition> _byKey;

    public FunctionCatalog(IEnumerable<FunctionDefinition> orgFunctions)
    {
        _byKey = BuiltIn.ToDictionary(f => f.Key);
        foreach (var custom in orgFunctions)
        {
            if (!_byKey.TryAdd(custom.Key, custom))
                throw new ArgumentException($"Function '{custom.Key}' is already in the catalog.", nameof(orgFunctions));
        }
    }

    public static FunctionCatalog Default { get; } = new([]);

    public IReadOnlyCollection<FunctionDefinition> All => _byKey.Values;

    public FunctionDefinition? Find(string key) => _byKey.GetValueOrDefault(key);

    public bool Contains(string key) => _byKey.ContainsKey(key);
}
