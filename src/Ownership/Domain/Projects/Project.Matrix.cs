using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Findings;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Matrix;
using Crewline.Ownership.Domain.Members;
using Crewline.Ownership.Domain.Projects.Events;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain;

/// <summary>
/// The ownership matrix (R-OWN-1, R-OWN-7, R-OWN-8). Who may change it: a member holding the PM,
/// producer or leadership role. Any change of a row's owners clears that row's confirmations (and
/// its closeout confirmation) in every phase: the new ownership must be confirmed again by its
/// owner(s). An active project stays active meanwhile; the row shows as unconfirmed.
/// </summary>
public sealed partial class Project
{
    private static readonly ProjectRole[] OwnershipEditors = [ProjectRole.ProjectManager, ProjectRole.Producer, ProjectRole.Leadership];

    /// <summary>R-OWN-7: every gap (no owner, or an owner role nobody on the project holds) and every duplicate.</summary>
    public IReadOnlyList<Finding> DetectOwnershipFindings() => OwnershipFindings.Detect(Id, Matrix, Members);

    /// <summary>Makes one role the function's only accountable owner (no longer shared).</summary>
    public void ReassignOwner(string functionKey, ProjectRole owner, Guid by)
    {
        var row = EditableRow(functionKey, by);
        var previous = row.Owners.ToList();
        ChangeRow(row, cleared =>
        {
            row.ReassignTo(owner);
            Raise(new FunctionOwnerReassigned(Id, row.Key, owner, previous, by, cleared));
        });
    }

    /// <summary>Adds an owner role. Allowed: on a row not declared shared this makes a duplicate, reported under R-OWN-7.</summary>
    public void AddOwner(string functionKey, ProjectRole owner, Guid by)
    {
        var row = EditableRow(functionKey, by);
        if (row.IsOwnedBy(owner)) return;
        ChangeRow(row, cleared =>
        {
            row.AddOwner(owner);
            Raise(new FunctionOwnerAdded(Id, row.Key, owner, row.Owners.ToList(), row.IsShared, by, cleared));
        });
    }

    /// <summary>Removes an owner role; removing the last one leaves a gap, reported under R-OWN-7.</summary>
    public void RemoveOwner(string functionKey, ProjectRole owner, Guid by)
    {
        var row = EditableRow(functionKey, by);
        if (!row.IsOwnedBy(owner)) return;
        ChangeRow(row, cleared =>
        {
            row.RemoveOwner(owner);
            Raise(new FunctionOwnerRemoved(Id, row.Key, owner, row.Owners.ToList(), by, cleared));
        });
    }

    /// <summary>Declares the function shared by the named co-owner roles; fewer than two is an R-OWN-1 violation.</summary>
    public void MarkShared(string functionKey, IReadOnlyCollection<ProjectRole> coOwners, Guid by)
    {
        var row = EditableRow(functionKey, by);
        ChangeRow(row, cleared =>
        {
            row.MarkShared(coOwners);
            Raise(new FunctionMarkedShared(Id, row.Key, row.Owners.ToList(), by, cleared));
        });
    }

    /// <summary>Adds an org's own function (R-OWN-8) to this project's matrix, owned as the preset proposes; it needs its owner's confirmation.</summary>
    public void AddOrgFunction(FunctionDefinition function, Guid by)
    {
        EnsureNotClosed();
        EnsureHoldsAny(by, "change the ownership matrix", OwnershipEditors);
        ReportNewFindings(() =>
        {
            var row = Matrix.Add(function, Proposal);
            Raise(new FunctionAddedToMatrix(Id, row.Key, row.Owners.ToList(), by));
        });
    }

    /// <summary>
    /// An owner confirms a function (R-KICK-1), for every owner role they hold (a both-hats member
    /// confirms a PM–producer shared function alone). Only an owner may: a producer cannot confirm
    /// a PM-owned function, nor the other way round.
    /// </summary>
    public void ConfirmFunction(string functionKey, Guid by, DateTimeOffset now)
    {
        EnsureNotClosed();
        var row = Matrix.Get(functionKey);
        EnsureConfirmable(row, "confirmed");
        var roles = row.Owners.Where(Members.RolesOf(by).Contains).ToList();
        if (roles.Count == 0)
            throw new PermissionDeniedException($"Only a member holding an owner role ({RoleNames.Of(row.Owners)}) may confirm function {row.Describe()}.");
        row.Confirm(roles, by, now);
        Raise(new FunctionConfirmed(Id, row.Key, roles, by, now));
    }

    private MatrixRow EditableRow(string functionKey, Guid by)
    {
        EnsureNotClosed();
        EnsureHoldsAny(by, "change the ownership matrix", OwnershipEditors);
        return Matrix.Get(functionKey);
    }

    private static void EnsureConfirmable(MatrixRow row, string what)
    {
        if (row.Ownership == RowOwnership.Unowned)
            throw new RuleViolationException("R-OWN-1", $"Function {row.Describe()} has no owner, so it cannot be {what}: name one first.");
        if (row.Ownership == RowOwnership.Duplicated)
            throw new RuleViolationException("R-OWN-1",
                $"Function {row.Describe()} has {row.Owners.Count} owners not declared Shared, so it cannot be {what}: name one owner or declare it Shared.");
    }

    /// <param name="change">Gets whether earlier confirmations of the row are being cleared.</param>
    private void ChangeRow(MatrixRow row, Action<bool> change)
    {
        var cleared = row.Confirmations.All.Count > 0 || _closeoutConfirmations.ContainsKey(row.Key);
        ReportNewFindings(() =>
        {
            change(cleared);
            _closeoutConfirmations.Remove(row.Key);
        });
    }

    /// <summary>Runs a change and raises an event for each R-OWN-7 finding it introduced.</summary>
    private void ReportNewFindings(Action change)
    {
        var before = DetectOwnershipFindings().Select(f => (f.Kind, f.FunctionKey)).ToHashSet();
        change();
        foreach (var finding in DetectOwnershipFindings().Where(f => !before.Contains((f.Kind, f.FunctionKey))))
        {
            Raise(finding.Kind == FindingKind.DuplicatedFunction
                ? new DuplicateOwnershipDetected(Id, finding.FunctionKey!, finding)
                : new OwnershipGapDetected(Id, finding.FunctionKey!, finding));
        }
    }
}
