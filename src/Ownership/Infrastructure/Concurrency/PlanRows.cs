using Crewline.BuildingBlocks.Concurrency;
using Crewline.Ownership.Domain.Plan;

namespace Crewline.Ownership.Infrastructure.Concurrency;

/// <summary>The rows of a project's shared plan a command writes (see <see cref="MergeOnConflict"/>).</summary>
public static class PlanRows
{
    /// <summary>
    /// A plan item and every item downstream of it (a reschedule pushes them): all as they are,
    /// so a concurrent move of any of them is a conflict.
    /// </summary>
    public static TouchedRows ItemAndDependents(SharedPlan? plan, Guid itemId)
    {
        var items = plan?.Items ?? [];
        var touched = new List<PlanItem>();
        var queue = new Queue<Guid>([itemId]);
        var seen = new HashSet<Guid>();
        while (queue.TryDequeue(out var id))
        {
            if (!seen.Add(id)) continue;
            touched.AddRange(items.Where(i => i.Id == id));
            foreach (var dependent in items.Where(i => i.DependsOn.Contains(id))) queue.Enqueue(dependent.Id);
        }
        return TouchedRows.Of($"Plan item {itemId} (or an item it pushes)", touched.OrderBy(i => i.Id).ToList());
    }

    /// <summary>One plan item.</summary>
    public static TouchedRows Item(SharedPlan? plan, Guid itemId) =>
        TouchedRows.Of($"Plan item {itemId}", plan?.Items.SingleOrDefault(i => i.Id == itemId));
}
