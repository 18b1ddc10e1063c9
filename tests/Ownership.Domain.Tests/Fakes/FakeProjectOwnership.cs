using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Tests.Fakes;

/// <summary>
/// A project's ownership for tests: the built-in catalog with its default owners, unless a
/// test reassigns, shares or unowns a function, plus members and a hierarchy.
/// </summary>
public sealed class FakeProjectOwnership : IProjectOwnership
{
    private readonly Dictionary<string, FunctionDefinition> _functions = FunctionCatalog.BuiltIn.ToDictionary(f => f.Key);
    private readonly Dictionary<string, ProjectRole[]> _owners = FunctionCatalog.BuiltIn.ToDictionary(f => f.Key, f => f.DefaultOwners.ToArray());
    private readonly HashSet<string> _shared = FunctionCatalog.BuiltIn.Where(f => f.SharedByDefault).Select(f => f.Key).ToHashSet();
    private readonly Dictionary<Guid, HashSet<ProjectRole>> _members = [];

    public Guid ProjectId { get; } = Guid.NewGuid();

    public Hierarchy Hierarchy { get; set; } = Hierarchy.Peers;

    public static readonly Guid Pm = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Producer = Guid.Parse("00000000-0000-0000-0000-0000000000b2");
    public static readonly Guid CreativeLead = Guid.Parse("00000000-0000-0000-0000-0000000000c3");
    public static readonly Guid BothHats = Guid.Parse("00000000-0000-0000-0000-0000000000d4");
    public static readonly Guid Outsider = Guid.Parse("00000000-0000-0000-0000-0000000000e5");

    /// <summary>A PM, a producer and a creative lead, each a different person.</summary>
    public static FakeProjectOwnership WithPair(Hierarchy hierarchy = Hierarchy.Peers) =>
        new FakeProjectOwnership { Hierarchy = hierarchy }
            .Member(Pm, ProjectRole.ProjectManager)
            .Member(Producer, ProjectRole.Producer)
            .Member(CreativeLead, ProjectRole.CreativeLead);

    /// <summary>One person wears both hats (PM and producer), plus a creative lead.</summary>
    public static FakeProjectOwnership WithBothHats(Hierarchy hierarchy = Hierarchy.Peers) =>
        new FakeProjectOwnership { Hierarchy = hierarchy }
            .Member(BothHats, ProjectRole.ProjectManager, ProjectRole.Producer)
            .Member(CreativeLead, ProjectRole.CreativeLead);

    public FakeProjectOwnership Member(Guid personId, params ProjectRole[] roles)
    {
        if (!_members.TryGetValue(personId, out var held)) _members[personId] = held = [];
        held.UnionWith(roles);
        return this;
    }

    public FakeProjectOwnership Own(string functionKey, params ProjectRole[] owners)
    {
        _owners[functionKey] = owners;
        _shared.Remove(functionKey);
        return this;
    }

    public FakeProjectOwnership Share(string functionKey, params ProjectRole[] coOwners)
    {
        _owners[functionKey] = coOwners;
        _shared.Add(functionKey);
        return this;
    }

    public FakeProjectOwnership Unown(string functionKey) => Own(functionKey);

    public FakeProjectOwnership Add(FunctionDefinition function)
    {
        _functions[function.Key] = function;
        return function.SharedByDefault ? Share(function.Key, [.. function.DefaultOwners]) : Own(function.Key, [.. function.DefaultOwners]);
    }

    public FunctionDefinition? FunctionOf(string functionKey) => _functions.GetValueOrDefault(functionKey);

    public IReadOnlyList<ProjectRole> OwnersOf(string functionKey) => _owners.GetValueOrDefault(functionKey) ?? [];

    public bool IsShared(string functionKey) => _shared.Contains(functionKey);

    public IReadOnlySet<ProjectRole> RolesOf(Guid personId) =>
        _members.TryGetValue(personId, out var roles) ? roles : new HashSet<ProjectRole>();

    public IReadOnlyList<Guid> MembersWith(ProjectRole role) =>
        _members.Where(m => m.Value.Contains(role)).Select(m => m.Key).ToArray();
}
