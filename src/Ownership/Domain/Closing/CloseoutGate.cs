using Crewline.Ownership.Domain.Matrix;
using Crewline.Ownership.Domain.Members;

namespace Crewline.Ownership.Domain.Closing;

/// <summary>What keeps an active project from closing (R-CLOSE-1, R-CLOSE-2): every unmet item.</summary>
public static class CloseoutGate
{
    public const string ItemsRuleId = "R-CLOSE-1";
    public const string RetroRuleId = "R-CLOSE-2";

    public static IReadOnlyList<UnmetCloseoutItem> Evaluate(
        OwnershipMatrix matrix, IReadOnlyDictionary<string, RoleSignOffs> confirmations, RetroRecord? retro)
    {
        var unmet = new List<UnmetCloseoutItem>();
        foreach (var key in CloseoutItems.All)
        {
            if (ItemCondition(key, matrix, confirmations) is { } item) unmet.Add(item);
        }
        if (retro is null)
            unmet.Add(new(RetroRuleId, null, "The retro is not recorded (jointly facilitated by the PM and the producer).", []));
        return unmet;
    }

    private static UnmetCloseoutItem? ItemCondition(string key, OwnershipMatrix matrix, IReadOnlyDictionary<string, RoleSignOffs> confirmations)
    {
        var row = matrix.Find(key);
        if (row is null) return new(ItemsRuleId, key, $"Closeout item '{key}' is not in the project's matrix.", []);
        if (!row.HasValidOwnership)
        {
            return new(ItemsRuleId, key,
                $"Closeout item {row.Describe()} has {(row.Owners.Count == 0 ? "no owner" : "owners not declared Shared")}: name one owner first.", row.Owners);
        }
        var missing = confirmations.TryGetValue(key, out var signOffs) ? signOffs.Missing(row.Owners) : row.Owners;
        return missing.Count == 0
            ? null
            : new(ItemsRuleId, key, $"Closeout item {row.Describe()} is not confirmed by its owner ({RoleNames.Of(missing)}).", missing);
    }
}
