using Crewline.Contracts.Ownership.V1;

namespace Crewline.DemoSeeder;

/// <summary>A failure mode Reporting detects (R-FAIL-1..3) that a demo project is seeded to show.</summary>
public enum DemoFailure
{
    /// <summary>R-FAIL-1: a second accountable owner on a function (the producer added to a PM function).</summary>
    DuplicatedOwner,
    /// <summary>R-FAIL-1: two roles composing different status for the client; ClientComms refuses the second and reports it.</summary>
    ConflictingClientStatus,
    /// <summary>R-FAIL-2: functions nobody owns (the producer role left the project before kickoff).</summary>
    UnownedFunction,
    /// <summary>R-FAIL-2: a vendor invoice unpaid past its terms (received weeks ago).</summary>
    InvoicePastTerms,
    /// <summary>R-FAIL-2: a scope change signed by the PM that waits on the producer's signature past its deadline.</summary>
    AwaitingSignature,
    /// <summary>R-FAIL-3: a PM and a producer with no declared reporting line.</summary>
    NoReportingLine,
    /// <summary>R-FAIL-3: the producer repeatedly deciding on PM-owned functions (overrides above the threshold).</summary>
    RepeatedOverrides,
}

/// <summary>Where a seeded scope change is left (beside the one a <see cref="DemoFailure.AwaitingSignature"/> project stalls).</summary>
public enum DemoScopeChange
{
    /// <summary>Requested; the producer has assessed it, the PM not yet.</summary>
    InAssessment,
    /// <summary>Assessed by both and signed by both: approved, the change order goes to the client through the SPOC.</summary>
    Approved,
    /// <summary>Assessed by both; the PM rejected the combined response.</summary>
    Rejected,
    /// <summary>Withdrawn before anyone assessed it.</summary>
    Cancelled,
}

/// <summary>One person of the demo org, signing in with a development token for <see cref="Subject"/>.</summary>
public sealed record DemoPerson(string Subject, string Name, string Email);

/// <summary>
/// One demo project: who holds the PM and producer roles (subjects of <see cref="DemoPlan.People"/>),
/// the declared hierarchy (unless it shows <see cref="DemoFailure.NoReportingLine"/>), the failure
/// modes it is seeded to show (none: healthy), its scope changes and whether a client conversation runs.
/// </summary>
public sealed record DemoProject(
    string Name,
    ProjectType Type,
    string ProjectManager,
    string Producer,
    Hierarchy Hierarchy,
    IReadOnlyList<DemoFailure> Failures,
    IReadOnlyList<DemoScopeChange> ScopeChanges,
    bool ClientConversation = false)
{
    /// <summary>Production-heavy types (R-ORG-6): commercial production, film, content shoot.</summary>
    public bool ProductionHeavy => Type is ProjectType.CommercialProduction or ProjectType.Film or ProjectType.ContentShoot;

    public bool Healthy => Failures.Count == 0;

    /// <summary>
    /// Kicked off and started (R-KICK-1): needs a declared hierarchy and a producer who stays, so not
    /// for a project showing <see cref="DemoFailure.NoReportingLine"/> or <see cref="DemoFailure.UnownedFunction"/>.
    /// </summary>
    public bool Started => !Failures.Contains(DemoFailure.NoReportingLine) && !Failures.Contains(DemoFailure.UnownedFunction);
}

/// <summary>
/// The demo org the AppHost seeds in run mode (Crewline:Demo:Enabled): an example agency with a mix
/// of production-heavy and flow-heavy projects, healthy ones and every failure mode Reporting detects.
/// </summary>
public sealed record DemoPlan(Guid OrgId, string OrgName, IndustryPreset Preset, IReadOnlyList<DemoPerson> People, IReadOnlyList<DemoProject> Projects)
{
    /// <summary>The demo org's id: sign in to the dashboard with it (README, run mode).</summary>
    public static readonly Guid DemoOrgId = Guid.Parse("0d3e5eed-0000-4000-8000-00000000d3e0");

    /// <summary>The org's first person, so its admin: the seeder acts as them for everything org-wide.</summary>
    public DemoPerson Admin => People[0];

    public DemoPerson Person(string subject) => People.Single(p => p.Subject == subject);

    public static DemoPlan Northwind { get; } = new(
        DemoOrgId, "Northwind Creative (demo)", IndustryPreset.Advertising,
        [
            new("alex", "Alex Moreau", "alex@northwind.example"),
            new("sam", "Sam Okafor", "sam@northwind.example"),
            new("priya", "Priya Nair", "priya@northwind.example"),
            new("noor", "Noor Haddad", "noor@northwind.example"),
            new("casey", "Casey Lin", "casey@northwind.example"),
        ],
        [
            new("Spring TV spot", ProjectType.CommercialProduction, "alex", "sam", Hierarchy.Peers,
                [], [DemoScopeChange.Approved, DemoScopeChange.Cancelled], ClientConversation: true),
            new("Harbor Bank brand identity", ProjectType.BrandIdentity, "priya", "noor", Hierarchy.ProjectManagerSenior,
                [], [DemoScopeChange.InAssessment, DemoScopeChange.Approved]),
            new("Lumen feature documentary", ProjectType.Film, "alex", "noor", Hierarchy.ProducerSenior,
                [DemoFailure.DuplicatedOwner], []),
            new("Atlas launch campaign", ProjectType.CampaignDevelopment, "priya", "sam", Hierarchy.Peers,
                [DemoFailure.ConflictingClientStatus], [DemoScopeChange.Rejected]),
            new("Meridian web series", ProjectType.ContentShoot, "alex", "sam", Hierarchy.Peers,
                [DemoFailure.UnownedFunction], []),
            new("Cobalt catalog shoot", ProjectType.ContentShoot, "priya", "noor", Hierarchy.ProducerSenior,
                [DemoFailure.InvoicePastTerms], []),
            new("Saffron packaging refresh", ProjectType.BrandIdentity, "alex", "noor", Hierarchy.Peers,
                [DemoFailure.AwaitingSignature], [DemoScopeChange.Approved]),
            new("Quarry festival film", ProjectType.Film, "priya", "sam", Hierarchy.Unspecified,
                [DemoFailure.NoReportingLine, DemoFailure.RepeatedOverrides], []),
        ]);
}
