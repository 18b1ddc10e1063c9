using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>
/// What an earlier project (or a pair that worked together before) can prefill on a new one
/// (R-KICK-3): owners, a hierarchy proposal and a cadence proposal. It carries no confirmation
/// of any kind, so applying it never skips one: every function, the hierarchy and the cadence
/// are still confirmed on the new project.
/// </summary>
public sealed record ProjectTemplate(
    IReadOnlyList<TemplateRow> Rows,
    Hierarchy Hierarchy,
    CommunicationCadence? Cadence)
{
    public static ProjectTemplate From(Project earlier) => new(
        earlier.Matrix.Rows.Select(r => new TemplateRow(r.Key, r.Owners.ToList(), r.IsShared)).ToList(),
        earlier.Hierarchy != Hierarchy.Undeclared ? earlier.Hierarchy : earlier.ProposedHierarchy,
        earlier.Cadence ?? earlier.ProposedCadence);
}
