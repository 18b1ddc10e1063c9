using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Matrix;

/// <summary>
/// One function of a project's ownership matrix: its owner role(s), whether it is explicitly
/// shared, and the owners' confirmations. Any change of ownership clears the confirmations:
/// the new ownership has to be confirmed again by its owner(s).
/// </summary>
public sealed class MatrixRow
{
    private readonly List<ProjectRole> _owners = [];

    internal MatrixRow(FunctionDefinition function, IEnumerable<ProjectRole> owners)
    {
        Function = function;
        SetOwners(owners, shared: null);
    }

    public FunctionDefinition Function { get; }
    public string Key => Function.Key;
    public IReadOnlyList<ProjectRole> Owners => _owners;
    public bool IsShared { get; private set; }
    public RoleSignOffs Confirmations { get; } = new();

    public RowOwnership Ownership => _owners.Count switch
    {
        0 => RowOwnership.Unowned,
        1 => RowOwnership.SingleOwner,
        _ => IsShared ? RowOwnership.Shared : RowOwnership.Duplicated,
    };

    /// <summary>R-OWN-1: exactly one accountable owner, or an explicit shared ownership.</summary>
    public bool HasValidOwnership => Ownership is RowOwnership.SingleOwner or RowOwnership.Shared;

    /// <summary>Confirmed by every owner role (R-KICK-1); never true for a gap or a duplicate.</summary>
    public bool IsConfirmed => HasValidOwnership && Confirmations.Missing(_owners).Count == 0;

    public bool IsOwnedBy(ProjectRole role) => _owners.Contains(role);

    public string Describe() => $"'{Function.Name}' ({Key})";

    internal void ReassignTo(ProjectRole role) => SetOwners([role], shared: false);

    /// <summary>Adds an owner role; on a row that is not shared this makes a duplicate (R-OWN-7 reports it).</summary>
    internal bool AddOwner(ProjectRole role)
    {
        if (_owners.Contains(role)) return false;
        SetOwners([.. _owners, role], shared: IsShared);
        return true;
    }

    /// <summary>Removes an owner role; a shared row left with one owner is no longer shared.</summary>
    internal bool RemoveOwner(ProjectRole role)
    {
        if (!_owners.Contains(role)) return false;
        SetOwners(_owners.Where(r => r != role).ToList(), shared: IsShared);
        return true;
    }

    /// <summary>Declares the row shared by the named co-owner roles (two or more, R-OWN-1).</summary>
    internal void MarkShared(IReadOnlyCollection<ProjectRole> coOwners)
    {
        var distinct = coOwners.Distinct().ToList();
        if (distinct.Count < 2)
            throw new RuleViolationException("R-OWN-1", $"Function {Describe()} can be shared only by two or more named co-owner roles.");
        SetOwners(distinct, shared: true);
    }

    /// <summary>Takes owners and the shared flag from a template (R-KICK-3): never its confirmations.</summary>
    internal void Prefill(IReadOnlyCollection<ProjectRole> owners, bool shared) => SetOwners(owners, shared);

    internal void Confirm(IEnumerable<ProjectRole> roles, Guid personId, DateTimeOffset at) =>
        Confirmations.Sign(roles.Where(_owners.Contains), personId, at);

    /// <param name="shared">null: shared exactly when there are two or more owners (a catalog default).</param>
    private void SetOwners(IEnumerable<ProjectRole> owners, bool? shared)
    {
        var list = owners.Distinct().ToList();
        foreach (var role in list)
            if (!Enum.IsDefined(role)) throw new ValidationException("owner", $"unknown role {role}");
        _owners.Clear();
        _owners.AddRange(list);
        IsShared = _owners.Count > 1 && (shared ?? true);
        Confirmations.Clear();
    }
}
