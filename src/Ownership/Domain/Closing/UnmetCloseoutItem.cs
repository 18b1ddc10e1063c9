using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Closing;

/// <summary>One reason a project cannot close yet: an unconfirmed closeout item (R-CLOSE-1) or the missing retro (R-CLOSE-2).</summary>
/// <param name="FunctionKey">The closeout item; null for the retro.</param>
/// <param name="Roles">The owner roles that still have to confirm.</param>
public sealed record UnmetCloseoutItem(string RuleId, string? FunctionKey, string Description, IReadOnlyList<ProjectRole> Roles)
{
    /// <summary>What is unmet, for machines: the closeout item's function key, or <c>retro</c>.</summary>
    public string Subject => FunctionKey ?? "retro";

    public override string ToString() => Description;
}
