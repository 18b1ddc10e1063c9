using System.Globalization;
using System.Text;
using Crewline.ScopeChanges.Domain;
using Ganss.Xss;
using Markdig;

namespace Crewline.ScopeChanges.Features.ChangeOrders;

/// <summary>The change order of the current version as a document: subject, a one-paragraph summary, Markdown, and sanitized HTML.</summary>
public sealed record ChangeOrderDocument(string Subject, string Summary, string Markdown, string Html);

/// <summary>
/// Renders a change order (R-SCOPE-4) from the stored request, both assessments, the combined response and
/// its signatures: Markdown built here, HTML by Markdig (pipe tables), then sanitized by HtmlSanitizer so
/// nothing a client or member typed can run in a mail client or browser.
/// </summary>
public sealed class ChangeOrderRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly HtmlSanitizer _sanitizer = new();

    public ChangeOrderDocument Render(ChangeRequest change, string projectName)
    {
        var v = change.CurrentVersion ?? throw new InvalidOperationException("A change order needs a combined response.");
        var total = Money(v.TotalCost, v.Currency);
        var subject = $"Change order: {change.Title} (version {v.Number})";
        var summary = $"{change.Title}: total cost {total}, delivery moves by {v.DeliveryShiftDays} day(s), " +
                      $"{v.PlanItems.Count} plan item(s) added, {v.ExtraRevisionRounds} extra revision round(s); version {v.Number}, signed by both roles.";

        var md = new StringBuilder();
        md.Append("# ").AppendLine(Line(subject)).AppendLine();
        md.AppendLine($"Project: {Line(projectName)}  ").AppendLine($"Change request: {change.Id}  ").AppendLine($"Version: {v.Number}").AppendLine();
        md.AppendLine("## The request").AppendLine();
        md.AppendLine($"Requested by {Line(change.RequestedBy)} on {change.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd", Invariant)}." +
                      (change.DueBy is { } due ? $" Answer wanted by {due.ToString("yyyy-MM-dd", Invariant)}." : "")).AppendLine();
        if (change.Description.Length > 0) md.AppendLine(change.Description.Trim()).AppendLine();
        List(md, "Requested deliverables", change.RequestedDeliverables);

        md.AppendLine("## Production impact (producer)").AppendLine();
        var p = v.Production;
        if (p.NoProductionImpact) md.AppendLine("No production impact.").AppendLine();
        else
        {
            if (p.CostDeltas.Count > 0)
            {
                md.AppendLine("| Budget category | Cost delta |").AppendLine("|---|---:|");
                foreach (var d in p.CostDeltas) md.AppendLine($"| {Cell(CategoryName(d.Category))} | {Money(d.Amount, p.Currency)} |");
                md.AppendLine();
            }
            md.AppendLine($"Schedule impact: {p.ScheduleImpactDays} day(s).").AppendLine();
            List(md, "Production milestones that move", p.MovedMilestones);
            if (p.VendorImplications.Length > 0) md.AppendLine($"Vendor implications: {Line(p.VendorImplications)}").AppendLine();
        }

        md.AppendLine("## Flow impact (project manager)").AppendLine();
        var f = v.Flow;
        if (f.NoFlowImpact) md.AppendLine("No impact on the project's flow.").AppendLine();
        else
        {
            md.AppendLine($"Extra revision rounds: {f.ExtraRevisionRounds}.  ").AppendLine($"Timeline impact: {f.TimelineImpactDays} day(s).").AppendLine();
            if (f.Capacity.Count > 0)
            {
                md.AppendLine("| Team | Hours |").AppendLine("|---|---:|");
                foreach (var t in f.Capacity) md.AppendLine($"| {Cell(t.Team)} | {t.Hours.ToString(Invariant)} |");
                md.AppendLine();
            }
        }

        md.AppendLine($"## Combined response (version {v.Number})").AppendLine();
        md.AppendLine($"- Total cost: {total}").AppendLine($"- Delivery moves by: {v.DeliveryShiftDays} day(s)")
            .AppendLine($"- Extra revision rounds: {v.ExtraRevisionRounds}").AppendLine();
        List(md, "Added deliverables", v.AddedDeliverables);
        if (v.PlanItems.Count > 0)
        {
            md.AppendLine("Added plan items (they start only once you accept this change order):").AppendLine();
            md.AppendLine("| Item | Owner | Start | Due |").AppendLine("|---|---|---|---|");
            foreach (var i in v.PlanItems)
                md.AppendLine($"| {Cell(i.Title)} | {RoleName(i.OwnerRole)} | {i.Start.ToString("yyyy-MM-dd", Invariant)} | {i.Due.ToString("yyyy-MM-dd", Invariant)} |");
            md.AppendLine();
        }

        md.AppendLine("## Signatures").AppendLine();
        md.AppendLine("| Role | Signed by | Signed at (UTC) |").AppendLine("|---|---|---|");
        foreach (var s in v.Signatures.OrderBy(s => s.Role))
            md.AppendLine($"| {RoleName(s.Role)} | {Cell(s.Subject)} | {s.SignedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", Invariant)} |");
        md.AppendLine().AppendLine("No work added by this change begins until you accept this change order.");

        var markdown = md.ToString();
        var html = _sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));
        return new ChangeOrderDocument(subject, summary, markdown, html);
    }

    private static void List(StringBuilder md, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        md.AppendLine($"{heading}:").AppendLine();
        foreach (var item in items) md.AppendLine($"- {Line(item)}");
        md.AppendLine();
    }

    private static string Money(decimal amount, string currency) =>
        currency.Length == 0 ? "none" : $"{amount.ToString("#,0.00", Invariant)} {currency}";

    private static string RoleName(WorkflowRole role) => role == WorkflowRole.Producer ? "Producer" : "Project manager";

    private static string CategoryName(string protoName) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(protoName.Replace("BUDGET_CATEGORY_", "").Replace('_', ' ').ToLowerInvariant());

    /// <summary>Text kept on one line (a heading or list item must not break out of its block).</summary>
    private static string Line(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>Text inside a table cell: one line, pipes escaped.</summary>
    private static string Cell(string text) => Line(text).Replace("|", "\\|");
}
