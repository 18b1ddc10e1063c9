using static Crewline.Ownership.Domain.Functions.FunctionKeys;

namespace Crewline.Ownership.Domain.Closing;

/// <summary>
/// The closeout items of R-CLOSE-1, each a function of the matrix: its owner per the matrix
/// confirms it (so a reassigned function moves its confirmation to the new owner).
/// </summary>
public static class CloseoutItems
{
    /// <summary>The producer's half by default: asset handoff, rights documentation, final budget reconciliation.</summary>
    public static IReadOnlyList<string> ProducerHalf { get; } = [AssetHandoff, RightsDocumentation, BudgetReconciliation];

    /// <summary>The PM's half by default: final files, brand documentation, archive, client sign-off.</summary>
    public static IReadOnlyList<string> PmHalf { get; } = [FinalFiles, BrandDocumentation, Archive, ClientSignOff];

    public static IReadOnlyList<string> All { get; } = [.. ProducerHalf, .. PmHalf];

    public static bool Contains(string functionKey) => All.Contains(functionKey);
}
