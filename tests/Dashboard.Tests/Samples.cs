using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Contracts.Reporting.V1;
using Crewline.Contracts.ScopeChanges.V1;
using Google.Protobuf.WellKnownTypes;

namespace Crewline.Dashboard.Tests;

/// <summary>An agency's portfolio as Reporting would answer it: what the pages are rendered from.</summary>
public static class Samples
{
    public const string ShootId = "11111111-1111-1111-1111-111111111111";
    public const string BrandId = "22222222-2222-2222-2222-222222222222";
    public static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    public static Timestamp At(int daysAgo) => Timestamp.FromDateTime(Now.AddDays(-daysAgo));

    public static PortfolioRow Row(string id, string name, ProjectHealth health, int findings) => new()
    {
        ProjectId = id, Name = name, Health = health, OpenFindings = findings,
        Phase = ProjectPhase.Active, ProjectType = ProjectType.CommercialProduction, CreatedAt = At(20),
        LateItems = 1, OpenScopeChanges = 2, OverdueInvoices = 1,
    };

    public static ListPortfolioResponse TwoProjects() => new()
    {
        Projects = { Row(ShootId, "Spring shoot", ProjectHealth.Failing, 2), Row(BrandId, "Brand refresh", ProjectHealth.OnTrack, 0) },
        TotalCount = 2,
    };

    public static ReportedFinding Finding(string id, FindingKind kind, string rule, string function, string evidence, string projectId = ShootId, string projectName = "Spring shoot", bool closed = false) => new()
    {
        FindingId = id,
        ProjectName = projectName,
        OpenedAt = At(3),
        ClosedAt = closed ? At(1) : null,
        Cause = "sample",
        Finding = new Finding { Kind = kind, RuleId = rule, ProjectId = projectId, FunctionKey = function, Evidence = evidence, Fix = "Name one accountable owner." },
    };

    public static ProjectStatus Shoot() => new()
    {
        ProjectId = ShootId,
        Name = "Spring shoot",
        ProjectType = ProjectType.CommercialProduction,
        Phase = ProjectPhase.Active,
        Health = ProjectHealth.Failing,
        Hierarchy = Hierarchy.Unspecified,
        MilestonesDue = 1,
        MilestonesLate = 1,
        Kickoff = new Progress { Done = 4, Total = 5 },
        Closeout = new Progress { Done = 0, Total = 6 },
        Spoc = new SpocView { PersonId = "pm-1", Role = ProjectRole.ProjectManager, NamedAt = At(10) },
        Members =
        {
            new ProjectMemberView { PersonId = "pm-1", DisplayName = "Pat PM", Roles = { ProjectRole.ProjectManager } },
            new ProjectMemberView { PersonId = "pr-1", DisplayName = "Robin Producer", Roles = { ProjectRole.Producer } },
        },
        Matrix =
        {
            new OwnershipCell { FunctionKey = "client-status", FunctionName = "Client status", Ownership = RowOwnership.SingleOwner, OwnerRoles = { ProjectRole.ProjectManager }, Confirmed = true },
            new OwnershipCell { FunctionKey = "vendor-invoices", FunctionName = "Vendor invoices", Ownership = RowOwnership.Unowned },
            new OwnershipCell { FunctionKey = "timeline", FunctionName = "Timeline", Ownership = RowOwnership.Duplicated, OwnerRoles = { ProjectRole.ProjectManager, ProjectRole.Producer } },
        },
        Plan =
        {
            new PlanItemView { ItemId = "i1", Title = "Script lock", Kind = PlanItemKind.Milestone, OwnerRole = ProjectRole.ProjectManager, StartDate = "2026-11-10", DueDate = "2026-11-10", Status = PlanItemStatus.Done },
            new PlanItemView { ItemId = "i2", Title = "Location scout", Kind = PlanItemKind.ProductionItem, OwnerRole = ProjectRole.Producer, StartDate = "2026-11-12", DueDate = "2026-11-25", Status = PlanItemStatus.InProgress, Late = true },
            new PlanItemView { ItemId = "i3", Title = "Shoot days", Kind = PlanItemKind.ProductionItem, OwnerRole = ProjectRole.Producer, StartDate = "2026-12-02", DueDate = "2026-12-05", Status = PlanItemStatus.Planned },
        },
        OpenScopeChanges = { ScopeChange("cr-1", "Add a second location", ChangeRequestStatus.SigningOff) },
        Conversation = new ConversationView { MessagesSent = 7, DraftsWaiting = 1, DeliveriesFailed = 0, ConflictingStatusRefused = 2, LastSentAt = At(1), LastReceivedAt = At(2) },
        OpenFindings = { Finding("f-gap", FindingKind.UnownedFunction, "R-FAIL-2", "vendor-invoices", "Vendor invoices has no accountable owner.") },
        CreatedAt = At(20),
        UpdatedAt = At(0),
    };

    public static ScopeChangeEntry ScopeChange(string id, string summary, ChangeRequestStatus status) => new()
    {
        ChangeRequestId = id, ProjectId = ShootId, ProjectName = "Spring shoot", Summary = summary, Status = status,
        RequestedAt = At(4), CycleSeconds = 4 * 86400, SignedBy = { ProjectRole.ProjectManager }, SignatureDueAt = At(-1),
    };

    public static CycleTimeStats CycleTimes() => new()
    {
        Count = 9, P50Seconds = 2 * 86400, P90Seconds = 6 * 86400, MaxSeconds = 9 * 86400,
        Buckets = { new CountBucket { Label = "< 1 day", Count = 2 }, new CountBucket { Label = "1–3 days", Count = 4 }, new CountBucket { Label = "3–7 days", Count = 2 }, new CountBucket { Label = "> 7 days", Count = 1 } },
    };

    public static ReportingInvoiceAging Aging() => new()
    {
        UnpaidCount = 6, UnpaidTotal = "48200.00",
        Buckets =
        {
            new AgingBucket { Label = "Not yet due", Count = 3, Amount = "30000.00" },
            new AgingBucket { Label = "1–30 days past terms", Count = 2, Amount = "15000.00", MinDaysPastTerms = 1, MaxDaysPastTerms = 30 },
            new AgingBucket { Label = "31–60 days past terms", Count = 1, Amount = "3200.00", MinDaysPastTerms = 31, MaxDaysPastTerms = 60 },
            new AgingBucket { Label = "61–90 days past terms", Count = 0, Amount = "0", MinDaysPastTerms = 61, MaxDaysPastTerms = 90 },
            new AgingBucket { Label = "Over 90 days past terms", Count = 0, Amount = "0", MinDaysPastTerms = 91 },
        },
    };

    public static FindingsTimeline Timeline() => new()
    {
        Days =
        {
            Enumerable.Range(0, 30).Select(i => new FindingsDay
            {
                Date = DateOnly.FromDateTime(Now).AddDays(i - 29).ToString("yyyy-MM-dd"),
                DuplicatedFunction = i > 20 ? 1 : 0, UnownedFunction = i / 10, AgingWork = i % 3 == 0 ? 2 : 1, UnstatedHierarchy = i > 25 ? 1 : 0,
            }),
        },
    };

    public static OrgDesignView OrgDesign() => new()
    {
        ConcurrentProductions = 5, ProductionHeavy = 4, FlowHeavy = 1, CountedProjectIds = { ShootId },
        Advice = new StaffingAdvice
        {
            Quadrant = StaffingQuadrant.ProducerAlone, Intensity = ExternalProductionIntensity.High, ConcurrentProductions = 5,
            Volume = VolumeBand.Borderline, Borderline = true, Neighbours = { StaffingQuadrant.ProducerAlone, StaffingQuadrant.BothRoles },
            Summary = "A producer alone for now; add a PM once the volume is clearly there.",
            Reasons = { "4 of 5 running projects are production-heavy, so external production intensity is high (R-ORG-6).", "5 concurrent productions is in the 4–6 borderline zone (R-ORG-5)." },
        },
    };

    /// <summary>A fake loaded with the whole sample org.</summary>
    public static FakeReportingApi Org()
    {
        var api = new FakeReportingApi
        {
            Portfolio = _ => TwoProjects(),
            ScopeChangeLog = new ListScopeChangeLogResponse { CycleTimes = CycleTimes(), ScopeChanges = { ScopeChange("cr-1", "Add a second location", ChangeRequestStatus.SigningOff) } },
            InvoiceAging = Aging(),
            Timeline = Timeline(),
            OrgDesign = OrgDesign(),
        };
        api.Projects[ShootId] = Shoot();
        api.AddFinding(Finding("f-gap", FindingKind.UnownedFunction, "R-FAIL-2", "vendor-invoices", "Vendor invoices has no accountable owner."));
        api.AddFinding(Finding("f-old", FindingKind.UnstatedHierarchy, "R-FAIL-3", "", "No reporting line was declared.", closed: true));
        return api;
    }
}
