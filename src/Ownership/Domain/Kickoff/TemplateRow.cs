using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>A function's ownership as a template proposes it: owners and the shared flag, never a confirmation.</summary>
public sealed record TemplateRow(string FunctionKey, IReadOnlyList<ProjectRole> Owners, bool IsShared);
