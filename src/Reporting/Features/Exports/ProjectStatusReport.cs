using Crewline.Contracts.Reporting.V1;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.Reporting.Features.Exports;

/// <summary>
/// A project's status report as a file: pure functions over <see cref="ProjectStatus"/>. The CSV is
/// one table of uniform records, a <c>section</c> column telling what each row is (summary, member,
/// matrix, plan, scope change, SPOC, kickoff, closeout, conversation, finding), so a spreadsheet can
/// filter it. The HTML is a printable page with one section per part, each from a new page.
/// </summary>
public static class ProjectStatusReport
{
    public static readonly string[] CsvHeader =
        ["section", "id", "name", "kind", "status", "roles", "start", "due", "detail", "fix"];

    public static string ToCsv(ProjectStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var csv = new Csv(CsvHeader);
        foreach (var (label, value) in Summary(status)) csv.Row("summary", "", label, "", "", "", "", "", value, "");
        foreach (var m in status.Members) csv.Row("member", m.PersonId, m.DisplayName, "", "", ReportText.Of(m.Roles), "", "", "", "");
        foreach (var c in status.Matrix)
            csv.Row("matrix", c.FunctionKey, c.FunctionName, "", ReportText.Of(c.Ownership), ReportText.Of(c.OwnerRoles), "", "",
                Join(MatrixMark(c), c.Confirmed ? "confirmed" : "not confirmed"), MatrixFix(c));
        foreach (var p in status.Plan)
            csv.Row("plan", p.ItemId, p.Title, ReportText.Of(p.Kind), ReportText.Of(p.Status), ReportText.Of(p.OwnerRole), p.StartDate, p.DueDate,
                Join(p.Late ? "late" : "", p.ChangeRequestId.Length > 0 ? $"added by scope change {p.ChangeRequestId}" : ""), "");
        foreach (var s in status.OpenScopeChanges)
            csv.Row("scope change", s.ChangeRequestId, s.Summary, "", ReportText.Of(s.Status), ReportText.Of(s.SignedBy), ReportText.Of(s.RequestedAt),
                ReportText.Of(s.SignatureDueAt), $"open {ReportText.Number(s.CycleSeconds)} s", "");
        if (status.Spoc is { } spoc)
            csv.Row("spoc", spoc.PersonId, MemberName(status, spoc.PersonId), "", "", ReportText.Of(spoc.Role), ReportText.Of(spoc.NamedAt), "", "", "");
        csv.Row("kickoff", "", "kickoff steps", "", "", "", "", "", ReportText.Of(status.Kickoff), "");
        csv.Row("closeout", "", "closeout items", "", "", "", "", "", ReportText.Of(status.Closeout), "");
        foreach (var (label, value) in Conversation(status.Conversation)) csv.Row("conversation", "", label, "", "", "", "", "", value, "");
        foreach (var f in status.OpenFindings)
            csv.Row("finding", f.FindingId, f.Cause, ReportText.Of(f.Finding?.Kind ?? Common.FindingKind.Unspecified), f.Finding?.RuleId,
                f.Finding?.FunctionKey, ReportText.Of(f.OpenedAt), "", f.Finding?.Evidence, f.Finding?.Fix);
        return csv.ToString();
    }

    public static string ToHtml(ProjectStatus status, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(status);
        var page = new HtmlPage($"Status report: {status.Name}", $"Generated {ReportText.Of(generatedAt)} · project {status.ProjectId}");

        page.Section("Summary").Facts(Summary(status));
        page.Table(["Person", "Roles"], status.Members.Select(m => new HtmlRow(Name(m), ReportText.Of(m.Roles))), "No members yet.");

        page.Section("Ownership matrix");
        page.Table(["Function", "Ownership", "Owner roles", "Confirmed", "Mark"], status.Matrix.Select(c => new HtmlRow(
                [$"{c.FunctionName} ({c.FunctionKey})", ReportText.Of(c.Ownership), ReportText.Of(c.OwnerRoles), c.Confirmed ? "yes" : "no", MatrixMark(c)],
                c.Ownership switch { Own.RowOwnership.Unowned => "gap", Own.RowOwnership.Duplicated => "duplicate", _ => null })),
            "No ownership matrix yet.");

        page.Section("Plan by role");
        foreach (var role in status.Plan.Select(p => p.OwnerRole).Distinct().OrderBy(r => r))
        {
            page.Heading(ReportText.Of(role) is { Length: > 0 } name ? Capitalised(name) : "No owner role");
            page.Table(["Item", "Kind", "Start", "Due", "Status", "Note"], status.Plan.Where(p => p.OwnerRole == role).Select(p => new HtmlRow(
                    [p.Title, ReportText.Of(p.Kind), p.StartDate, p.DueDate, ReportText.Of(p.Status),
                        Join(p.Late ? "late" : "", p.ChangeRequestId.Length > 0 ? "added by a scope change" : "")],
                    p.Late ? "late" : null)),
                "");
        }
        if (status.Plan.Count == 0) page.Paragraph("The plan has no items yet.", muted: true);

        page.Section("Milestones due and late").Facts([
            ("Due in the next 14 days", ReportText.Number(status.MilestonesDue)),
            ("Late", ReportText.Number(status.MilestonesLate)),
        ]);
        page.Table(["Late milestone", "Owner", "Due", "Status"], status.Plan.Where(p => p.Kind == Own.PlanItemKind.Milestone && p.Late)
            .Select(p => new HtmlRow([p.Title, ReportText.Of(p.OwnerRole), p.DueDate, ReportText.Of(p.Status)], "late")), "No milestone is late.");

        page.Section("Open scope changes");
        page.Table(["Scope change", "Status", "Signed by", "Requested", "Signature due", "Open for"], status.OpenScopeChanges.Select(s => new HtmlRow(
            s.Summary, ReportText.Of(s.Status), ReportText.Of(s.SignedBy), ReportText.Of(s.RequestedAt), ReportText.Of(s.SignatureDueAt), Duration(s.CycleSeconds))),
            "No scope change is open.");

        page.Section("Single point of contact");
        if (status.Spoc is { } spoc)
            page.Facts([("SPOC", MemberName(status, spoc.PersonId)), ("Acting as", ReportText.Of(spoc.Role)), ("Named", ReportText.Of(spoc.NamedAt))]);
        else
            page.Paragraph("No SPOC has been named yet.", muted: true);

        page.Section("Kickoff and closeout").Facts([("Kickoff steps done", ReportText.Of(status.Kickoff)), ("Closeout items confirmed", ReportText.Of(status.Closeout))]);

        page.Section("Client conversation").Facts(Conversation(status.Conversation));

        page.Section("Open findings");
        page.Table(["Finding", "Rule", "Function", "Opened", "Evidence", "Fix"], status.OpenFindings.Select(f => new HtmlRow(
            Join(ReportText.Of(f.Finding?.Kind ?? Common.FindingKind.Unspecified), f.Cause), f.Finding?.RuleId ?? "", f.Finding?.FunctionKey ?? "",
            ReportText.Of(f.OpenedAt), f.Finding?.Evidence ?? "", f.Finding?.Fix ?? "")), "No open finding.");
        return page.ToString();
    }

    private static IEnumerable<(string Label, string Value)> Summary(ProjectStatus s) =>
    [
        ("Project", s.Name),
        ("Project id", s.ProjectId),
        ("Type", ReportText.Of(s.ProjectType)),
        ("Phase", ReportText.Of(s.Phase)),
        ("Health", ReportText.Of(s.Health)),
        ("Hierarchy", s.Hierarchy == Own.Hierarchy.Unspecified ? "not declared" : ReportText.Of(s.Hierarchy)),
        ("Milestones due (14 days)", ReportText.Number(s.MilestonesDue)),
        ("Milestones late", ReportText.Number(s.MilestonesLate)),
        ("Open scope changes", ReportText.Number(s.OpenScopeChanges.Count)),
        ("Open findings", ReportText.Number(s.OpenFindings.Count)),
        ("Created", ReportText.Of(s.CreatedAt)),
        ("Updated", ReportText.Of(s.UpdatedAt)),
    ];

    private static IEnumerable<(string Label, string Value)> Conversation(ConversationView? c) => c is null
        ? [("Conversation", "none yet")]
        :
        [
            ("Messages sent", ReportText.Number(c.MessagesSent)),
            ("Drafts waiting for the SPOC", ReportText.Number(c.DraftsWaiting)),
            ("Deliveries failed", ReportText.Number(c.DeliveriesFailed)),
            ("Conflicting statuses refused", ReportText.Number(c.ConflictingStatusRefused)),
            ("Last sent", ReportText.Of(c.LastSentAt)),
            ("Last received", ReportText.Of(c.LastReceivedAt)),
        ];

    /// <summary>Gaps and duplicates are marked in words too, so a black-and-white print shows them.</summary>
    private static string MatrixMark(OwnershipCell c) => c.Ownership switch
    {
        Own.RowOwnership.Unowned => "GAP: no owner",
        Own.RowOwnership.Duplicated => "DUPLICATE: several owners, not declared shared",
        _ => "",
    };

    private static string MatrixFix(OwnershipCell c) => c.Ownership switch
    {
        Own.RowOwnership.Unowned => "Name an owner role.",
        Own.RowOwnership.Duplicated => "Keep one owner, or declare the function shared.",
        _ => "",
    };

    private static string MemberName(ProjectStatus s, string personId) =>
        s.Members.FirstOrDefault(m => m.PersonId == personId) is { } m ? Name(m) : personId;

    private static string Name(ProjectMemberView m) => m.DisplayName.Length > 0 ? m.DisplayName : m.PersonId;

    private static string Duration(long seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return span.TotalDays >= 1 ? $"{ReportText.Number((long)span.TotalDays)} d {ReportText.Number(span.Hours)} h"
            : span.TotalHours >= 1 ? $"{ReportText.Number((long)span.TotalHours)} h {ReportText.Number(span.Minutes)} min"
            : $"{ReportText.Number((long)span.TotalMinutes)} min";
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Join(params string[] parts) => string.Join("; ", parts.Where(p => p.Length > 0));
}
