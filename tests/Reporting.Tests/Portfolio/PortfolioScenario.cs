using Crewline.Contracts.Events.ClientComms;
using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Events.ScopeChanges;

namespace Crewline.Reporting.Tests.Portfolio;

/// <summary>
/// A realistic life of one project as the other services publish it: created, staffed, matrix,
/// kickoff, started, plan (a late milestone, a task moved and in progress), invoices (one past terms),
/// a decision, two scope changes (one open past its signature deadline, one accepted), and client
/// conversation. Every id is fresh, so several scenarios live side by side.
/// </summary>
public sealed class PortfolioScenario
{
    public const string Pm = "PROJECT_ROLE_PROJECT_MANAGER";
    public const string Producer = "PROJECT_ROLE_PRODUCER";

    public PortfolioScenario(Guid org, string name = "Harbour film", string type = "PROJECT_TYPE_FILM")
    {
        Org = org;
        var t0 = new DateTimeOffset(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);
        var p = ProjectId;
        Events =
        [
            new ProjectCreated(org, p, name, type, "pm-alex", t0),
            new ProjectMemberAdded(org, p, PmId, Pm, "pm-alex", t0.AddMinutes(1)),
            new ProjectMemberAdded(org, p, ProducerId, Producer, "pm-alex", t0.AddMinutes(1)),
            new FunctionOwnershipChanged(org, p, "vendor-invoices", "AddedToMatrix", [Producer], false, false, "pm-alex", t0.AddMinutes(2)),
            new FunctionOwnershipChanged(org, p, "client-status", "AddedToMatrix", [Pm, Producer], false, false, "pm-alex", t0.AddMinutes(3)),
            new FunctionConfirmed(org, p, "vendor-invoices", [Producer], ProducerId, t0.AddMinutes(4)),
            new ProjectHierarchyDeclared(org, p, "HIERARCHY_PEERS", PmId, t0.AddMinutes(5)),
            new SpocNamed(org, p, Producer, "producer-sam", "Sam", "pm-alex", t0.AddMinutes(6), ProducerId),
            new KickoffStepCompleted(org, p, "KICKOFF_STEP_PRODUCTION_PLAN_PRESENTED", ProducerId, t0.AddMinutes(7)),
            new KickoffStepCompleted(org, p, "KICKOFF_STEP_PROJECT_PLAN_PRESENTED", PmId, t0.AddMinutes(8)),
            new ProjectStarted(org, p, PmId, t0.AddDays(1)),
            new PlanItemAdded(org, p, Milestone, "PLAN_ITEM_KIND_MILESTONE", Producer, "Shoot wrapped", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10), null, "producer-sam"),
            new PlanItemAdded(org, p, Task, "PLAN_ITEM_KIND_TASK", Pm, "Edit", new DateOnly(2099, 1, 1), new DateOnly(2099, 2, 1), null, "pm-alex"),
            new PlanItemStatusChanged(org, p, Task, "PLAN_ITEM_STATUS_PLANNED", "PLAN_ITEM_STATUS_IN_PROGRESS", "pm-alex"),
            new PlanItemRescheduled(org, p, new PlanItemShift(Task, "Edit", Pm, new DateOnly(2099, 1, 1), new DateOnly(2099, 2, 1), new DateOnly(2099, 1, 5), new DateOnly(2099, 2, 5)), [], "pm-alex"),
            new VendorInvoiceReceived(org, p, OverdueInvoice, "Grip & Co", 1200.50m, "EUR", new DateOnly(2026, 3, 1)),
            new VendorInvoiceReceived(org, p, FutureInvoice, "Lights Ltd", 300m, "EUR", new DateOnly(2099, 1, 1)),
            new VendorInvoiceReceived(org, p, PaidInvoice, "Cater", 80m, "EUR", new DateOnly(2026, 3, 1)),
            new VendorInvoicePaid(org, p, PaidInvoice, new DateOnly(2026, 2, 20), "producer-sam"),
            new DecisionRecorded(org, p, Decision, "vendor-invoices", PmId, [Pm], [Producer], [Producer], true, t0.AddDays(2), "Pay the grip house late", "Cash flow"),
            new ScopeChangeRequested(org, p, OpenChange, "Extra cutdown", "client", t0.AddDays(3)),
            new ScopeChangeAssessmentSubmitted(org, p, OpenChange, Producer, ProducerId, false, t0.AddDays(3).AddHours(1)),
            new ScopeChangeAssessmentSubmitted(org, p, OpenChange, Pm, PmId, false, t0.AddDays(3).AddHours(2)),
            new ScopeChangeResponseCombined(org, p, OpenChange, 1, 500m, "EUR", 2, 1, 0, t0.AddDays(3).AddHours(3)),
            new ScopeChangeSigned(org, p, OpenChange, 1, Pm, PmId, t0.AddDays(3).AddHours(4)),
            new ScopeChangeEscalated(org, p, OpenChange, "ESCALATION_STAGE_SIGN_OFF", "ESCALATION_LEVEL_OWNING_ROLE", [Producer], [Producer], 1,
                t0.AddDays(5), t0.AddDays(5).AddHours(1)),
            new ScopeChangeRequested(org, p, AcceptedChange, "Second location", "client", t0.AddDays(4)),
            new ScopeChangeResponseCombined(org, p, AcceptedChange, 1, 900m, "EUR", 0, 0, 0, t0.AddDays(4).AddHours(5)),
            new ScopeChangeSigned(org, p, AcceptedChange, 1, Pm, PmId, t0.AddDays(4).AddHours(6)),
            new ScopeChangeSigned(org, p, AcceptedChange, 1, Producer, ProducerId, t0.AddDays(4).AddHours(7)),
            new ScopeChangeApproved(org, p, AcceptedChange, 1, Guid.CreateVersion7(), "Second location", "One more day", [], "pm-alex", "producer-sam", t0.AddDays(4).AddHours(7)),
            new ChangeOrderIssued(org, p, AcceptedChange, Guid.CreateVersion7(), 1, "Change order", "md", "<p>html</p>", t0.AddDays(4).AddHours(8)),
            new ScopeChangeAccepted(org, p, AcceptedChange, t0.AddDays(6)),
            new ClientMessageHandedToSpoc(org, p, WaitingDraft, "pm-alex", "producer-sam", t0.AddDays(2)),
            new ClientMessageSent(org, p, SentMessage, "MESSAGE_KIND_MESSAGE", "producer-sam", 2, t0.AddDays(2).AddHours(1)),
            new ClientMessageDelivered(org, p, SentMessage, DeliveredCopy, "a@client.example", 1, t0.AddDays(2).AddHours(2)),
            new ClientMessageDeliveryFailed(org, p, SentMessage, FailedCopy, "b@client.example", 5, "550", t0.AddDays(2).AddHours(3)),
            new ClientMailReceived(org, p, Guid.CreateVersion7(), SentMessage, "a@client.example", t0.AddDays(2).AddHours(4)),
            new ConflictingClientStatusRefused(org, p, "pm-alex", Pm, SentMessage, Producer, t0.AddDays(2), t0.AddDays(2).AddHours(5)),
        ];
    }

    public Guid Org { get; }
    public Guid ProjectId { get; } = Guid.CreateVersion7();
    public Guid PmId { get; } = Guid.CreateVersion7();
    public Guid ProducerId { get; } = Guid.CreateVersion7();
    public Guid Milestone { get; } = Guid.CreateVersion7();
    public Guid Task { get; } = Guid.CreateVersion7();
    public Guid OverdueInvoice { get; } = Guid.CreateVersion7();
    public Guid FutureInvoice { get; } = Guid.CreateVersion7();
    public Guid PaidInvoice { get; } = Guid.CreateVersion7();
    public Guid Decision { get; } = Guid.CreateVersion7();
    public Guid OpenChange { get; } = Guid.CreateVersion7();
    public Guid AcceptedChange { get; } = Guid.CreateVersion7();
    public Guid WaitingDraft { get; } = Guid.CreateVersion7();
    public Guid SentMessage { get; } = Guid.CreateVersion7();
    public Guid DeliveredCopy { get; } = Guid.CreateVersion7();
    public Guid FailedCopy { get; } = Guid.CreateVersion7();

    public IReadOnlyList<object> Events { get; }

    /// <summary>The scenario's own ids, to compare two scenarios' read models with ids replaced by their role.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Ids =>
    [
        (Org, "org"), (ProjectId, "project"), (PmId, "pm"), (ProducerId, "producer"), (Milestone, "milestone"), (Task, "task"),
        (OverdueInvoice, "overdue-invoice"), (FutureInvoice, "future-invoice"), (PaidInvoice, "paid-invoice"), (Decision, "decision"),
        (OpenChange, "open-change"), (AcceptedChange, "accepted-change"),
    ];
}
