using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Projects;

/// <summary>
/// What other parts of the domain (decision routing, crises, the plan, the ledger) need to
/// know about a project's ownership: who owns each function, who holds which role, and the
/// declared hierarchy. Implemented by the project aggregate.
/// </summary>
public interface IProjectOwnership
{
    Guid ProjectId { get; }

    Hierarchy Hierarchy { get; }

    /// <summary>The function as the project's matrix knows it; null when the matrix has no such function.</summary>
    FunctionDefinition? FunctionOf(string functionKey);

    /// <summary>The accountable owner role(s) of a function: empty is a gap; two or more are co-owners only when <see cref="IsShared"/>.</summary>
    IReadOnlyList<ProjectRole> OwnersOf(string functionKey);

    /// <summary>Whether the function is explicitly declared shared.</summary>
    bool IsShared(string functionKey);

    /// <summary>The roles a person holds on the project (empty for a non-member).</summary>
    IReadOnlySet<ProjectRole> RolesOf(Guid personId);

    /// <summary>The members holding a role.</summary>
    IReadOnlyList<Guid> MembersWith(ProjectRole role);
}
