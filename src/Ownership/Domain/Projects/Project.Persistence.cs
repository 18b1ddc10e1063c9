using Crewline.Ownership.Domain.Closing;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Matrix;
using Crewline.Ownership.Domain.Orgs;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain;

/// <summary>
/// Persistence support: the aggregate's rich state (members, matrix, kickoff, closeout) as one plain
/// snapshot that the infrastructure stores as a document, and its restore. Framework-free.
/// </summary>
public sealed partial class Project
{
    /// <summary>Mapped by the infrastructure (a jsonb document); reading takes a snapshot, writing restores it.</summary>
    private ProjectState State
    {
        get => Snapshot();
        set => Restore(value);
    }

    /// <summary>Everything of the aggregate that is not a flat column.</summary>
    public ProjectState Snapshot() => new(
        new ProposalState(Proposal.Preset, Proposal.Hierarchy, Proposal.LeadRole, Proposal.Staffing),
        Members.People.Select(p => new MemberState(p, Members.RolesOf(p).OrderBy(r => r).ToList())).ToList(),
        Matrix.Rows.Select(r => new RowState(
            new FunctionState(r.Function.Key, r.Function.Name, r.Function.Area, r.Function.DefaultOwners.ToList(), r.Function.RuleId),
            r.Owners.ToList(), r.IsShared, r.Confirmations.All.ToList())).ToList(),
        Hierarchy, ProposedHierarchy,
        Cadence is null ? null : new CadenceState(Cadence.Frequency, Cadence.Note),
        ProposedCadence is null ? null : new CadenceState(ProposedCadence.Frequency, ProposedCadence.Note),
        Spoc,
        _stepsDone.OrderBy(s => s).ToList(),
        _closeoutConfirmations.Select(c => new CloseoutState(c.Key, c.Value.All.ToList())).ToList(),
        Retro);

    private void Restore(ProjectState state)
    {
        // A row written before the state existed holds "{}": the catalog defaults, nothing recorded.
        Proposal = state.Proposal is { } p ? new PresetProposal(p.Preset, p.Hierarchy, p.LeadRole, p.Staffing) : PresetDefaults.None;
        foreach (var person in Members.People.ToList())
            foreach (var role in Members.RolesOf(person).ToList()) Members.Remove(person, role);
        foreach (var member in state.Members ?? [])
            foreach (var role in member.Roles) Members.Add(member.PersonId, role);
        var matrix = new OwnershipMatrix();
        foreach (var rowState in state.Rows ?? [])
        {
            var f = rowState.Function;
            var row = matrix.Add(new FunctionDefinition(f.Key, f.Name, f.Area, f.DefaultOwners, f.RuleId), Proposal);
            row.Prefill(rowState.Owners, rowState.IsShared);
            foreach (var signOff in rowState.Confirmations) row.Confirm([signOff.Role], signOff.PersonId, signOff.At);
        }
        Matrix = state.Rows is null ? OwnershipMatrix.From(FunctionCatalog.Default, Proposal) : matrix;
        Hierarchy = state.Hierarchy;
        ProposedHierarchy = state.ProposedHierarchy;
        Cadence = state.Cadence is null ? null : new CommunicationCadence(state.Cadence.Frequency, state.Cadence.Note);
        ProposedCadence = state.ProposedCadence is null ? null : new CommunicationCadence(state.ProposedCadence.Frequency, state.ProposedCadence.Note);
        Spoc = state.Spoc;
        _stepsDone.Clear();
        _stepsDone.UnionWith(state.StepsDone ?? []);
        _closeoutConfirmations.Clear();
        foreach (var item in state.Closeout ?? [])
        {
            var signOffs = new RoleSignOffs();
            foreach (var s in item.Confirmations) signOffs.Sign([s.Role], s.PersonId, s.At);
            _closeoutConfirmations[item.FunctionKey] = signOffs;
        }
        Retro = state.Retro;
    }
}

/// <summary>A project's rich state as a plain document (see <see cref="Project.Snapshot"/>).</summary>
public sealed record ProjectState(
    ProposalState Proposal,
    IReadOnlyList<MemberState> Members,
    IReadOnlyList<RowState> Rows,
    Hierarchy Hierarchy,
    Hierarchy ProposedHierarchy,
    CadenceState? Cadence,
    CadenceState? ProposedCadence,
    SpocRecord? Spoc,
    IReadOnlyList<KickoffStep> StepsDone,
    IReadOnlyList<CloseoutState> Closeout,
    RetroRecord? Retro);

public sealed record ProposalState(IndustryPreset? Preset, Hierarchy Hierarchy, ProjectRole? LeadRole, ProposedStaffing Staffing);

public sealed record MemberState(Guid PersonId, IReadOnlyList<ProjectRole> Roles);

public sealed record FunctionState(string Key, string Name, FunctionArea Area, IReadOnlyList<ProjectRole> DefaultOwners, string RuleId);

public sealed record RowState(FunctionState Function, IReadOnlyList<ProjectRole> Owners, bool IsShared, IReadOnlyList<SignOff> Confirmations);

public sealed record CadenceState(CadenceFrequency Frequency, string? Note);

public sealed record CloseoutState(string FunctionKey, IReadOnlyList<SignOff> Confirmations);
