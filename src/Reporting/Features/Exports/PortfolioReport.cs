using Crewline.Contracts.Reporting.V1;

namespace Crewline.Reporting.Features.Exports;

/// <summary>The portfolio as a file: pure functions over the rows ListPortfolio returns, in their order.</summary>
public static class PortfolioReport
{
    public static readonly string[] CsvHeader =
    [
        "project_id", "name", "type", "phase", "health", "project_manager_person_id", "project_manager_name", "producer_person_id", "producer_name",
        "open_findings", "open_scope_changes", "late_items", "overdue_invoices", "created_at",
    ];

    public static string ToCsv(IReadOnlyList<PortfolioRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new Csv(CsvHeader);
        foreach (var r in rows)
            csv.Record([
                Csv.Text(r.ProjectId), Csv.Text(r.Name), Csv.Text(ReportText.Of(r.ProjectType)), Csv.Text(ReportText.Of(r.Phase)), Csv.Text(ReportText.Of(r.Health)),
                Csv.Text(r.ProjectManagerPersonId), Csv.Text(r.ProjectManagerName), Csv.Text(r.ProducerPersonId), Csv.Text(r.ProducerName),
                Csv.Number(r.OpenFindings), Csv.Number(r.OpenScopeChanges), Csv.Number(r.LateItems), Csv.Number(r.OverdueInvoices),
                Csv.Text(ReportText.Of(r.CreatedAt)),
            ]);
        return csv.ToString();
    }

    public static string ToHtml(IReadOnlyList<PortfolioRow> rows, string orgLabel, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var page = new HtmlPage($"Portfolio: {orgLabel}", $"Generated {ReportText.Of(generatedAt)} · {ReportText.Number(rows.Count)} projects");
        page.Section("Summary").Facts([
            ("Projects", ReportText.Number(rows.Count)),
            ("Failing", ReportText.Number(rows.Count(r => r.Health == ProjectHealth.Failing))),
            ("At risk", ReportText.Number(rows.Count(r => r.Health == ProjectHealth.AtRisk))),
            ("On track", ReportText.Number(rows.Count(r => r.Health == ProjectHealth.OnTrack))),
            ("Closed", ReportText.Number(rows.Count(r => r.Health == ProjectHealth.Closed))),
            ("Open findings", ReportText.Number(rows.Sum(r => (long)r.OpenFindings))),
            ("Open scope changes", ReportText.Number(rows.Sum(r => (long)r.OpenScopeChanges))),
            ("Late items", ReportText.Number(rows.Sum(r => (long)r.LateItems))),
            ("Overdue invoices", ReportText.Number(rows.Sum(r => (long)r.OverdueInvoices))),
        ]);
        page.Section("Projects");
        page.Table(["Project", "PM", "Producer", "Type", "Phase", "Health", "Open findings", "Open scope changes", "Late items", "Overdue invoices", "Created"],
            rows.Select(r => new HtmlRow(
                [r.Name, PersonText(r.ProjectManagerName, r.ProjectManagerPersonId), PersonText(r.ProducerName, r.ProducerPersonId), ReportText.Of(r.ProjectType), ReportText.Of(r.Phase), ReportText.Of(r.Health), ReportText.Number(r.OpenFindings),
                    ReportText.Number(r.OpenScopeChanges), ReportText.Number(r.LateItems), ReportText.Number(r.OverdueInvoices), ReportText.Of(r.CreatedAt)],
                r.Health == ProjectHealth.Failing ? "failing" : r.Health == ProjectHealth.AtRisk ? "at-risk" : null)),
            "No project matches.");
        return page.ToString();
    }

    /// <summary>A person as the report shows them: the name, else the id, else a dash when nobody holds the role.</summary>
    private static string PersonText(string name, string personId) =>
        name.Length > 0 ? name : personId.Length > 0 ? personId : "—";
}
