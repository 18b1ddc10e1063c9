using System.Globalization;
using System.Text;

namespace Crewline.ClientComms.Domain.Plan;

/// <summary>
/// R-COMM-5: the status the client gets is read from the one shared plan: every item in date
/// order with its dates and state, under an optional note. Both roles composing from the same
/// plan get the same text.
/// </summary>
public static class StatusComposer
{
    public const string RuleId = "R-COMM-5";

    public static string Subject(string projectName, DateOnly asOf) => $"Status: {projectName} ({asOf:yyyy-MM-dd})";

    public static string Body(string projectName, IEnumerable<PlanItem> plan, string note)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(note)) text.Append(note.Trim()).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Where {projectName} stands, from the project plan:\n\n");
        var items = plan.OrderBy(i => i.Start).ThenBy(i => i.Due).ThenBy(i => i.Title, StringComparer.Ordinal).ThenBy(i => i.ItemId).ToList();
        if (items.Count == 0) text.Append("Nothing is planned yet.\n");
        foreach (var item in items)
            text.Append(CultureInfo.InvariantCulture, $"- {item.Title}: {item.Start:yyyy-MM-dd} to {item.Due:yyyy-MM-dd} ({Describe(item.Status)})\n");
        return text.ToString();
    }

    private static string Describe(string status) =>
        status.StartsWith("PLAN_ITEM_STATUS_", StringComparison.Ordinal)
            ? status["PLAN_ITEM_STATUS_".Length..].Replace('_', ' ').ToLowerInvariant()
            : status.ToLowerInvariant();
}
