using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Plan;

/// <summary>
/// One item of the project's shared plan, owned by one role: only a member holding that role
/// edits it (R-OWN-5). Dates are whole days; <see cref="Due"/> is the last day of the work.
/// Changed only through <see cref="SharedPlan"/>.
/// </summary>
public sealed class PlanItem
{
    private readonly List<Guid> _dependsOn = [];

    private PlanItem() { }

    internal PlanItem(Guid id, PlanItemKind kind, ProjectRole ownerRole, string title, DateOnly start, DateOnly due,
        IEnumerable<Guid> dependsOn, Guid? changeRequestId)
    {
        Id = id;
        Kind = kind;
        OwnerRole = ownerRole;
        Title = title;
        Start = start;
        Due = due;
        _dependsOn.AddRange(dependsOn);
        ChangeRequestId = changeRequestId;
        AwaitingChangeAcceptance = changeRequestId is not null;
        Status = AwaitingChangeAcceptance ? PlanItemStatus.Blocked : PlanItemStatus.Planned;
    }

    public Guid Id { get; private set; }
    public PlanItemKind Kind { get; private set; }
    public ProjectRole OwnerRole { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Start { get; private set; }
    public DateOnly Due { get; private set; }
    public PlanItemStatus Status { get; private set; }
    /// <summary>Finish-to-start predecessors: this item starts no earlier than the day each is due.</summary>
    public IReadOnlyList<Guid> DependsOn => _dependsOn;
    /// <summary>The scope change that created the item, if any (R-SCOPE-4).</summary>
    public Guid? ChangeRequestId { get; private set; }
    /// <summary>Created by a scope change the client has not accepted yet: blocked, and no work may start (R-SCOPE-4).</summary>
    public bool AwaitingChangeAcceptance { get; private set; }

    internal void SetDates(DateOnly start, DateOnly due) => (Start, Due) = (start, due);

    internal void SetStatus(PlanItemStatus status) => Status = status;

    internal void AddPredecessor(Guid predecessorId) => _dependsOn.Add(predecessorId);

    internal void RemovePredecessors(IReadOnlyCollection<Guid> ids) => _dependsOn.RemoveAll(ids.Contains);

    internal void AcceptChange()
    {
        AwaitingChangeAcceptance = false;
        Status = PlanItemStatus.Planned;
    }
}
