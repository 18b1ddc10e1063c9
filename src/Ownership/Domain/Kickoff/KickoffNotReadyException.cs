using Crewline.BuildingBlocks.Errors;

namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>R-KICK-1: the project cannot leave kickoff; lists every unmet condition.</summary>
public sealed class KickoffNotReadyException(IReadOnlyList<UnmetKickoffCondition> unmet)
    : RuleViolationException(RuleIdOf, $"The project cannot leave kickoff: {unmet.Count} condition(s) unmet: {string.Join("; ", unmet)}.")
{
    public const string RuleIdOf = "R-KICK-1";

    public IReadOnlyList<UnmetKickoffCondition> Unmet { get; } = unmet;
}
