using Crewline.Contracts.Reporting.V1;
using Google.Protobuf.WellKnownTypes;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using Scope = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.Reporting.Tests.Exports;

/// <summary>Status and portfolio messages with something in every part, and hostile text where a user can type.</summary>
internal static class ReportSamples
{
    public const string HostileName = "=cmd|' /C calc'!A0 <script>alert('x')</script> &";
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 30, 20, 15, 0, TimeSpan.Zero);
    private static readonly Timestamp Created = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 10, 1, 9, 30, 0, TimeSpan.Zero));

    public static ProjectStatus Status() => new()
    {
        ProjectId = "0193a000-0000-7000-8000-000000000001",
        Name = HostileName,
        ProjectType = Own.ProjectType.CommercialProduction,
        Phase = Own.ProjectPhase.Active,
        Health = ProjectHealth.Failing,
        Members =
        {
            new ProjectMemberView { PersonId = "p-pm", DisplayName = "Alex PM", Roles = { Common.ProjectRole.ProjectManager } },
            new ProjectMemberView { PersonId = "p-prod", DisplayName = "Sam Producer", Roles = { Common.ProjectRole.Producer } },
        },
        Matrix =
        {
            new OwnershipCell { FunctionKey = "vendor-invoices", FunctionName = "Vendor invoices", Ownership = Own.RowOwnership.Duplicated,
                OwnerRoles = { Common.ProjectRole.ProjectManager, Common.ProjectRole.Producer } },
            new OwnershipCell { FunctionKey = "client-status", FunctionName = "Client status", Ownership = Own.RowOwnership.Unowned },
            new OwnershipCell { FunctionKey = "shoot-schedule", FunctionName = "Shoot schedule", Ownership = Own.RowOwnership.SingleOwner,
                OwnerRoles = { Common.ProjectRole.Producer }, Confirmed = true },
        },
        Plan =
        {
            new PlanItemView { ItemId = "i-1", Title = "Client review", Kind = Own.PlanItemKind.Milestone, OwnerRole = Common.ProjectRole.ProjectManager,
                StartDate = "2026-11-01", DueDate = "2026-11-10", Status = Own.PlanItemStatus.Planned, Late = true },
            new PlanItemView { ItemId = "i-2", Title = "Shoot day", Kind = Own.PlanItemKind.ProductionItem, OwnerRole = Common.ProjectRole.Producer,
                StartDate = "2026-12-01", DueDate = "2026-12-02", Status = Own.PlanItemStatus.Blocked, ChangeRequestId = "cr-1" },
        },
        MilestonesDue = 2,
        MilestonesLate = 1,
        OpenScopeChanges =
        {
            new ScopeChangeEntry { ChangeRequestId = "cr-1", Summary = "A 15-second cut, \"urgent\"", Status = Scope.ChangeRequestStatus.SigningOff,
                SignedBy = { Common.ProjectRole.ProjectManager }, RequestedAt = Created, CycleSeconds = 90061 },
        },
        Spoc = new SpocView { PersonId = "p-pm", Role = Common.ProjectRole.ProjectManager, NamedAt = Created },
        Hierarchy = Own.Hierarchy.Unspecified,
        Kickoff = new Progress { Done = 3, Total = 5 },
        Closeout = new Progress { Done = 0, Total = 4 },
        Conversation = new ConversationView { MessagesSent = 7, DraftsWaiting = 1, DeliveriesFailed = 0, ConflictingStatusRefused = 1, LastSentAt = Created },
        OpenFindings =
        {
            new ReportedFinding
            {
                FindingId = "f-1", Cause = "second-timeline", OpenedAt = Created, ProjectName = HostileName,
                Finding = new Common.Finding { Kind = Common.FindingKind.DuplicatedFunction, RuleId = "R-FAIL-1", ProjectId = "p", FunctionKey = "vendor-invoices",
                    Evidence = "PM and producer both own vendor-invoices; 2 timelines", Fix = "Keep one owner, or declare it shared." },
            },
        },
        CreatedAt = Created,
        UpdatedAt = Created,
    };

    public static List<PortfolioRow> Portfolio() =>
    [
        new PortfolioRow { ProjectId = "a", Name = HostileName, ProjectType = Own.ProjectType.Film, Phase = Own.ProjectPhase.Active, Health = ProjectHealth.Failing,
            ProjectManagerPersonId = "p-pm", ProjectManagerName = "Alex PM", ProducerPersonId = "p-prod", ProducerName = "Sam & <Producer>",
            OpenFindings = 3, OpenScopeChanges = 1, LateItems = 2, OverdueInvoices = 1, CreatedAt = Created },
        new PortfolioRow { ProjectId = "b", Name = "Brand refresh, phase 2", ProjectType = Own.ProjectType.BrandIdentity, Phase = Own.ProjectPhase.Closed,
            Health = ProjectHealth.Closed, CreatedAt = Created },
    ];
}
