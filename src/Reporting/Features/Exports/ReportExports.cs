using Crewline.BuildingBlocks.Errors;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Features.Portfolio;
using Crewline.ServiceDefaults.Auth;

namespace Crewline.Reporting.Features.Exports;

/// <summary>
/// A project's status report and the portfolio as files (CSV or printable HTML): the same reads as
/// GetProjectStatus and ListPortfolio (same permissions and filters), written by the formatters of this folder.
/// </summary>
public sealed class ReportExports(PortfolioQueries portfolio, TimeProvider clock)
{
    public async Task<ReportFile> ProjectStatusAsync(ExportProjectStatusRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        validator.Uuid(request.ProjectId, "project_id");
        RequireFormat(request.Format, validator);
        validator.ThrowIfInvalid();
        var status = await portfolio.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = request.ProjectId }, caller, ct);
        var csv = request.Format == ReportFormat.Csv;
        return File(request.Format, $"status-{Slug(status.Name)}-{status.ProjectId}",
            csv ? ProjectStatusReport.ToCsv(status) : ProjectStatusReport.ToHtml(status, clock.GetUtcNow()));
    }

    public async Task<ReportFile> PortfolioAsync(ExportPortfolioRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        RequireFormat(request.Format, validator);
        var filter = PortfolioFilter.Validate(request.ProjectType, request.Phase, request.OwnerPersonId, request.Risk, validator);
        validator.ThrowIfInvalid();
        var rows = await portfolio.AllRowsAsync(filter, caller, ct);
        var now = clock.GetUtcNow();
        var csv = request.Format == ReportFormat.Csv;
        return File(request.Format, $"portfolio-{now:yyyy-MM-dd}",
            csv ? PortfolioReport.ToCsv(rows) : PortfolioReport.ToHtml(rows, $"org {caller.OrgId}", now));
    }

    /// <summary>The format of a REST download's <c>format</c> query value (csv or html).</summary>
    public static ReportFormat FormatOf(string? format) => (format ?? "").ToLowerInvariant() switch
    {
        "csv" => ReportFormat.Csv,
        "html" => ReportFormat.Html,
        _ => throw new ValidationException("format", "must be csv or html"),
    };

    private static void RequireFormat(ReportFormat format, RequestValidator validator) =>
        validator.Check(format is ReportFormat.Csv or ReportFormat.Html, "format", "must be REPORT_FORMAT_CSV or REPORT_FORMAT_HTML");

    private static ReportFile File(ReportFormat format, string baseName, string content) => new()
    {
        Format = format,
        ContentType = format == ReportFormat.Csv ? "text/csv; charset=utf-8" : "text/html; charset=utf-8",
        FileName = $"{baseName}.{(format == ReportFormat.Csv ? "csv" : "html")}",
        Content = content,
    };

    /// <summary>A file-name-safe version of a project name (letters, digits and dashes, at most 40).</summary>
    public static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Length == 0 ? "project" : slug[..Math.Min(slug.Length, 40)].TrimEnd('-');
    }
}
