using System.Net;
using System.Text;

namespace Crewline.Reporting.Features.Exports;

/// <summary>
/// A self-contained printable HTML page: inline CSS (with print rules: A4 margins, each section
/// from a new page, table headers repeated), no scripts, no external resources, and every value
/// HTML-encoded as it is added.
/// </summary>
public sealed class HtmlPage
{
    private const string Style =
        """
        body{font-family:"Segoe UI",Helvetica,Arial,sans-serif;color:#1b1b1b;margin:2em;font-size:14px}
        h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.25em;border-bottom:2px solid #0f6cbd;padding-bottom:.2em;margin-top:1.6em}
        h3{font-size:1.05em;margin:1em 0 .4em}
        .meta{color:#616161;margin:0 0 1em}
        table{border-collapse:collapse;width:100%;margin:.4em 0 1em}
        th,td{border:1px solid #d1d1d1;padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:#f0f0f0}
        td.num{text-align:right}
        tr.gap td,tr.late td,tr.failing td{background:#fde7e9}tr.duplicate td,tr.at-risk td{background:#fff4ce}
        .mark{font-weight:600}
        .empty{color:#616161;font-style:italic}
        dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:600}dd{margin:0}
        @media print{
          @page{size:A4;margin:15mm}
          body{margin:0;font-size:11px}
          section{break-before:page;page-break-before:always}
          section:first-of-type{break-before:auto;page-break-before:auto}
          thead{display:table-header-group}
          tr{break-inside:avoid;page-break-inside:avoid}
          tr.gap td,tr.duplicate td,tr.late td,tr.failing td,tr.at-risk td,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }
        """;

    private readonly StringBuilder _body = new();
    private readonly string _title;
    private bool _inSection;

    public HtmlPage(string title, string subtitle)
    {
        _title = title;
        _body.Append("<header><h1>").Append(E(title)).Append("</h1><p class=\"meta\">").Append(E(subtitle)).Append("</p></header>\n");
    }

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Starts a section (a new page when printed).</summary>
    public HtmlPage Section(string heading)
    {
        EndSection();
        _body.Append("<section><h2>").Append(E(heading)).Append("</h2>\n");
        _inSection = true;
        return this;
    }

    public HtmlPage Heading(string text)
    {
        _body.Append("<h3>").Append(E(text)).Append("</h3>\n");
        return this;
    }

    public HtmlPage Paragraph(string text, bool muted = false)
    {
        _body.Append(muted ? "<p class=\"empty\">" : "<p>").Append(E(text)).Append("</p>\n");
        return this;
    }

    /// <summary>Label/value pairs.</summary>
    public HtmlPage Facts(IEnumerable<(string Label, string Value)> facts)
    {
        _body.Append("<dl>");
        foreach (var (label, value) in facts) _body.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd>");
        _body.Append("</dl>\n");
        return this;
    }

    /// <summary>A table; each row may carry a CSS class (gap, duplicate, late, failing, at-risk); <paramref name="empty"/> is shown when there are no rows.</summary>
    public HtmlPage Table(string[] headers, IEnumerable<HtmlRow> rows, string empty)
    {
        var list = rows.ToList();
        if (list.Count == 0) return Paragraph(empty, muted: true);
        _body.Append("<table><thead><tr>");
        foreach (var header in headers) _body.Append("<th>").Append(E(header)).Append("</th>");
        _body.Append("</tr></thead><tbody>\n");
        foreach (var row in list)
        {
            if (row.Cells.Count != headers.Length) throw new ArgumentException($"A row of {row.Cells.Count} cells for {headers.Length} columns.", nameof(rows));
            _body.Append(row.Class is null ? "<tr>" : $"<tr class=\"{E(row.Class)}\">");
            foreach (var cell in row.Cells) _body.Append("<td>").Append(E(cell)).Append("</td>");
            _body.Append("</tr>\n");
        }
        _body.Append("</tbody></table>\n");
        return this;
    }

    public override string ToString()
    {
        EndSection();
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" +
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
               $"<title>{E(_title)}</title><style>{Style}</style></head>\n<body>\n{_body}</body></html>\n";
    }

    private void EndSection()
    {
        if (!_inSection) return;
        _body.Append("</section>\n");
        _inSection = false;
    }
}

/// <summary>One table row of already formatted cells, with an optional CSS class that marks it (gap, duplicate, late, failing, at-risk).</summary>
public sealed record HtmlRow(IReadOnlyList<string> Cells, string? Class = null)
{
    public HtmlRow(params string[] cells) : this(cells, null) { }
}
