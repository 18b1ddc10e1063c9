using Crewline.BuildingBlocks.Errors;

namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>R-KICK-1: the project cannot leave kickoff; lists every unmet condition (one precondition violation each).</summary>
public sealed class KickoffNotReadyException(IReadOnlyList<UnmetKickoffCondition> unmet)
    : RuleViolationException(RuleIdOf, $"The project cannot leave kickoff: {unmet.Count} condition(s) unmet: {string.Join("; ", unmet)}.",
        unmet.Select(u => new PreconditionViolation(u.RuleId, u.Subject, u.Description)).ToList())
{
    public const string RuleIdOf = "R-KICK-1";

    public IReadOnlyList<UnmetKickoffCondition> Unmet { get; } = unmet;
}
