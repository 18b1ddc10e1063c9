namespace Crewline.Contracts.Events.ScopeChanges;

/// <summary>A plan item a scope change adds to the shared plan; Ownership creates it blocked until the client accepts (R-SCOPE-4).</summary>
/// <param name="ItemId">The id the plan item gets (chosen by ScopeChanges, so redelivery creates it once).</param>
/// <param name="Kind">The proto enum name of the kind, e.g. <c>PLAN_ITEM_KIND_TASK</c>.</param>
/// <param name="OwnerRole">The proto enum name of the owner role, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</param>
/// <param name="Title">The item's title.</param>
/// <param name="Start">The item's first day.</param>
/// <param name="Due">The item's last day.</param>
public sealed record ScopeChangePlanItem(
    Guid ItemId,
    string Kind,
    string OwnerRole,
    string Title,
    DateOnly Start,
    DateOnly Due);

/// <summary>
/// Both roles signed the same version of a scope change's combined response (R-SCOPE-3): the change
/// order is written (R-SCOPE-4). Ownership adds <paramref name="AddedPlanItems"/> blocked to the shared
/// plan and records the approval as a joint decision in the decision log.
/// </summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose scope changes.</param>
/// <param name="ChangeRequestId">The change request's id.</param>
/// <param name="Version">The combined response's version both roles signed.</param>
/// <param name="ChangeOrderId">The written change order's id.</param>
/// <param name="Title">The change request's title.</param>
/// <param name="Summary">One paragraph: what changes, total cost, new dates.</param>
/// <param name="AddedPlanItems">Plan items the change adds (blocked until the client accepts).</param>
/// <param name="PmSubject">The subject of the PM who signed.</param>
/// <param name="ProducerSubject">The subject of the producer who signed.</param>
/// <param name="ApprovedAt">When the second signature made it approved.</param>
public sealed record ScopeChangeApproved(
    Guid OrgId,
    Guid ProjectId,
    Guid ChangeRequestId,
    int Version,
    Guid ChangeOrderId,
    string Title,
    string Summary,
    IReadOnlyList<ScopeChangePlanItem> AddedPlanItems,
    string PmSubject,
    string ProducerSubject,
    DateTimeOffset ApprovedAt) : IOrgEvent;

/// <summary>
/// An approved change order is ready to go to the client. Client communications sends it as the
/// project's SPOC (R-SCOPE-5) to the project's client contacts; both roles signed it, which counts as
/// the other role's briefing (R-COMM-4).
/// </summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request's id.</param>
/// <param name="ChangeOrderId">The change order's id.</param>
/// <param name="Version">The change order's version.</param>
/// <param name="Subject">The subject line for the client.</param>
/// <param name="Markdown">The change order as Markdown (the mail's text part).</param>
/// <param name="Html">The change order as sanitized HTML (the mail's HTML part).</param>
/// <param name="IssuedAt">When it was issued.</param>
public sealed record ChangeOrderIssued(
    Guid OrgId,
    Guid ProjectId,
    Guid ChangeRequestId,
    Guid ChangeOrderId,
    int Version,
    string Subject,
    string Markdown,
    string Html,
    DateTimeOffset IssuedAt) : IOrgEvent;

/// <summary>The client declined an approved change order: the blocked plan items it added are cancelled (R-SCOPE-4).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request's id.</param>
/// <param name="Reason">What the client said, if anything.</param>
/// <param name="DeclinedAt">When the client declined.</param>
public sealed record ScopeChangeDeclined(
    Guid OrgId,
    Guid ProjectId,
    Guid ChangeRequestId,
    string Reason,
    DateTimeOffset DeclinedAt) : IOrgEvent;
