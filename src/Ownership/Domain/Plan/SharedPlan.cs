using Crewline.BuildingBlocks.Domain;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Plan;

/// <summary>
/// The project's one shared plan (R-OWN-5): milestones and production items of every role on
/// one timeline, each item edited only by a member holding its owner role; the other roles
/// read it. Its id is the project's id, so a project cannot have two timelines (R-FAIL-1).
/// Dependencies are finish-to-start at day granularity: an item may start on the day its
/// predecessor is due. Moving an item later pushes its dependents (transitively) by the
/// least that keeps every dependency; moving it earlier pulls nothing in.
/// </summary>
public sealed class SharedPlan : AggregateRoot, IOrgOwned
{
    public const int MaxTitleLength = 200;

    private readonly List<PlanItem> _items = [];

    private SharedPlan() { }

    /// <summary>Equals <see cref="ProjectId"/>: one plan per project.</summary>
    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public IReadOnlyList<PlanItem> Items => _items;

    public static SharedPlan For(Guid orgId, Guid projectId) => new() { Id = projectId, OrgId = orgId, ProjectId = projectId };

    /// <summary>The roles with at least one milestone on the plan (kickoff needs PM and producer, R-KICK-1).</summary>
    public IReadOnlySet<ProjectRole> RolesWithMilestones =>
        _items.Where(i => i.Kind == PlanItemKind.Milestone).Select(i => i.OwnerRole).ToHashSet();

    public PlanItem Item(Guid itemId) =>
        _items.SingleOrDefault(i => i.Id == itemId) ?? throw new NotFoundException("Plan item", itemId.ToString());

    /// <summary>
    /// Adds an item owned by <paramref name="ownerRole"/>; the actor must hold that role. An item
    /// created by a scope change (<paramref name="changeRequestId"/>) starts Blocked until the
    /// change is accepted (R-SCOPE-4).
    /// </summary>
    public PlanItem AddItem(
        IProjectOwnership project, Guid actorId, Guid itemId, PlanItemKind kind, ProjectRole ownerRole, string title,
        DateOnly start, DateOnly due, IEnumerable<Guid>? dependsOn = null, Guid? changeRequestId = null)
    {
        var predecessors = (dependsOn ?? []).Distinct().ToArray();
        var violations = new List<FieldViolation>();
        if (!Enum.IsDefined(kind)) violations.Add(new("kind", "Unknown plan item kind."));
        if (!Enum.IsDefined(ownerRole)) violations.Add(new("owner_role", "Unknown role."));
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > MaxTitleLength)
            violations.Add(new("title", $"A title has 1 to {MaxTitleLength} characters."));
        if (due < start) violations.Add(new("due", $"The due date {due:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}."));
        if (_items.Any(i => i.Id == itemId)) violations.Add(new("item_id", "An item with this id is already on the plan."));
        foreach (var p in predecessors)
        {
            var predecessor = _items.SingleOrDefault(i => i.Id == p);
            if (predecessor is null) violations.Add(new("depends_on", $"No plan item {p} on this plan."));
            else if (start < predecessor.Due)
                violations.Add(new("start", $"Starts {start:yyyy-MM-dd}, before its predecessor '{predecessor.Title}' is due ({predecessor.Due:yyyy-MM-dd})."));
        }
        if (violations.Count > 0) throw new ValidationException(violations);
        EnsureCanEdit(project, actorId, ownerRole, title.Trim());

        var item = new PlanItem(itemId, kind, ownerRole, title.Trim(), start, due, predecessors, changeRequestId);
        _items.Add(item);
        Raise(new PlanItemAdded(OrgId, ProjectId, itemId, kind, ownerRole, item.Title, start, due, changeRequestId));
        return item;
    }

    /// <summary>Makes <paramref name="itemId"/> start after <paramref name="predecessorId"/> finishes; no cycles.</summary>
    public void AddDependency(IProjectOwnership project, Guid actorId, Guid itemId, Guid predecessorId)
    {
        var item = Item(itemId);
        var predecessor = _items.SingleOrDefault(i => i.Id == predecessorId)
            ?? throw new ValidationException("depends_on", $"No plan item {predecessorId} on this plan.");
        EnsureCanEdit(project, actorId, item.OwnerRole, item.Title);
        if (item.DependsOn.Contains(predecessorId)) return;
        if (predecessorId == itemId || DependsTransitively(predecessor, itemId))
            throw new ValidationException("depends_on", $"'{item.Title}' after '{predecessor.Title}' would make a cycle.");
        if (item.Start < predecessor.Due)
            throw new ValidationException("depends_on",
                $"'{item.Title}' starts {item.Start:yyyy-MM-dd}, before '{predecessor.Title}' is due ({predecessor.Due:yyyy-MM-dd}): move it first.");
        item.AddPredecessor(predecessorId);
    }

    /// <summary>Moves an item and pushes its dependents; returns what moved and by how much.</summary>
    public ScheduleImpact Reschedule(IProjectOwnership project, Guid actorId, Guid itemId, DateOnly start, DateOnly due)
    {
        var item = Item(itemId);
        if (due < start)
            throw new ValidationException("due", $"The due date {due:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}.");
        foreach (var predecessor in item.DependsOn.Select(Item))
        {
            if (start < predecessor.Due)
                throw new ValidationException("start",
                    $"Starts {start:yyyy-MM-dd}, before its predecessor '{predecessor.Title}' is due ({predecessor.Due:yyyy-MM-dd}).");
        }
        EnsureCanEdit(project, actorId, item.OwnerRole, item.Title);

        var moved = Move(item, start, due);
        var pushed = new List<ItemShift>();
        foreach (var dependent in DependentsInOrder(itemId))
        {
            var earliest = dependent.DependsOn.Select(id => Item(id).Due).Max();
            if (dependent.Start >= earliest) continue;
            var days = earliest.DayNumber - dependent.Start.DayNumber;
            pushed.Add(Move(dependent, dependent.Start.AddDays(days), dependent.Due.AddDays(days)));
        }
        var impact = new ScheduleImpact(moved, pushed);
        Raise(new PlanItemRescheduled(OrgId, ProjectId, actorId, impact));
        return impact;
    }

    /// <summary>The owner moves an item through planned → in progress → done (or blocked). Items awaiting a scope change stay blocked (R-SCOPE-4).</summary>
    public void ChangeStatus(IProjectOwnership project, Guid actorId, Guid itemId, PlanItemStatus status)
    {
        if (!Enum.IsDefined(status)) throw new ValidationException("status", "Unknown status.");
        var item = Item(itemId);
        EnsureCanEdit(project, actorId, item.OwnerRole, item.Title);
        if (item.AwaitingChangeAcceptance && status != PlanItemStatus.Blocked)
            throw new RuleViolationException("R-SCOPE-4",
                $"'{item.Title}' was created by change request {item.ChangeRequestId}; no work begins until the client accepts the change order.");
        if (item.Status == status) return;
        var from = item.Status;
        item.SetStatus(status);
        Raise(new PlanItemStatusChanged(OrgId, ProjectId, itemId, from, status, actorId));
    }

    /// <summary>The client accepted the change: its items become Planned (R-SCOPE-4). Returns the items unblocked.</summary>
    public IReadOnlyList<PlanItem> UnblockForAcceptedChange(Guid changeRequestId)
    {
        var unblocked = _items.Where(i => i.AwaitingChangeAcceptance && i.ChangeRequestId == changeRequestId).ToArray();
        foreach (var item in unblocked) item.AcceptChange();
        if (unblocked.Length > 0)
            Raise(new PlanItemsUnblocked(OrgId, ProjectId, changeRequestId, unblocked.Select(i => i.Id).ToArray()));
        return unblocked;
    }

    /// <summary>
    /// Adds the plan items of a scope change both roles approved (R-SCOPE-3), blocked until the client accepts it
    /// (R-SCOPE-4). The approval is the authority, so no single actor's role is checked; an item whose id is
    /// already on the plan is skipped, so a redelivered approval adds nothing twice. Returns the items added.
    /// </summary>
    public IReadOnlyList<PlanItem> AddItemsOfApprovedChange(Guid changeRequestId, IEnumerable<ApprovedChangeItem> items)
    {
        var added = new List<PlanItem>();
        foreach (var i in items)
        {
            if (_items.Any(existing => existing.Id == i.ItemId)) continue;
            if (!Enum.IsDefined(i.Kind) || !Enum.IsDefined(i.OwnerRole) || string.IsNullOrWhiteSpace(i.Title) || i.Due < i.Start)
                throw new ValidationException("added_plan_items", $"Plan item {i.ItemId} of change request {changeRequestId} is malformed.");
            var title = i.Title.Trim();
            var item = new PlanItem(i.ItemId, i.Kind, i.OwnerRole, title.Length <= MaxTitleLength ? title : title[..MaxTitleLength], i.Start, i.Due, [], changeRequestId);
            _items.Add(item);
            Raise(new PlanItemAdded(OrgId, ProjectId, item.Id, item.Kind, item.OwnerRole, item.Title, item.Start, item.Due, changeRequestId));
            added.Add(item);
        }
        return added;
    }

    /// <summary>
    /// The client declined the change: the items it created, still blocked awaiting acceptance, are taken off the
    /// plan (no work ever began on them, R-SCOPE-4), and no other item depends on them any more. Returns their ids.
    /// </summary>
    public IReadOnlyList<Guid> RemoveItemsOfDeclinedChange(Guid changeRequestId)
    {
        var removed = _items.Where(i => i.AwaitingChangeAcceptance && i.ChangeRequestId == changeRequestId).Select(i => i.Id).ToArray();
        if (removed.Length == 0) return removed;
        _items.RemoveAll(i => removed.Contains(i.Id));
        foreach (var item in _items) item.RemovePredecessors(removed);
        Raise(new PlanItemsRemovedForDeclinedChange(OrgId, ProjectId, changeRequestId, removed));
        return removed;
    }

    private void EnsureCanEdit(IProjectOwnership project, Guid actorId, ProjectRole ownerRole, string title)
    {
        if (project.ProjectId != ProjectId)
            throw new ArgumentException("The ownership given is another project's.", nameof(project));
        if (!project.RolesOf(actorId).Contains(ownerRole))
            throw new PermissionDeniedException(
                $"'{title}' is a {ownerRole} item of the shared plan: only a member holding that role edits it; the others read it (R-OWN-5).");
    }

    private static ItemShift Move(PlanItem item, DateOnly start, DateOnly due)
    {
        var shift = new ItemShift(item.Id, item.Title, item.OwnerRole, item.Start, item.Due, start, due);
        item.SetDates(start, due);
        return shift;
    }

    private bool DependsTransitively(PlanItem item, Guid ancestorId)
    {
        var seen = new HashSet<Guid>();
        var stack = new Stack<Guid>(item.DependsOn);
        while (stack.TryPop(out var id))
        {
            if (id == ancestorId) return true;
            if (!seen.Add(id)) continue;
            foreach (var next in Item(id).DependsOn) stack.Push(next);
        }
        return false;
    }

    /// <summary>Every item downstream of <paramref name="rootId"/>, each after all of its predecessors in that set.</summary>
    private List<PlanItem> DependentsInOrder(Guid rootId)
    {
        var downstream = new HashSet<Guid>();
        var queue = new Queue<Guid>([rootId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var dependent in _items.Where(i => i.DependsOn.Contains(id)))
                if (downstream.Add(dependent.Id)) queue.Enqueue(dependent.Id);
        }

        var ordered = new List<PlanItem>();
        var placed = new HashSet<Guid> { rootId };
        var remaining = _items.Where(i => downstream.Contains(i.Id)).ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(i => i.DependsOn.All(p => placed.Contains(p) || !downstream.Contains(p))).ToList();
            foreach (var item in ready)
            {
                ordered.Add(item);
                placed.Add(item.Id);
                remaining.Remove(item);
            }
        }
        return ordered;
    }
}
