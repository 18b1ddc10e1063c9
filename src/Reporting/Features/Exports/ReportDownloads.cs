using Crewline.BuildingBlocks.Errors;
using Crewline.Contracts.Reporting.V1;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.Reporting.Features.Exports;

/// <summary>
/// The exports as real files over REST (the gateway routes them with every other <c>/v1/reporting/…</c> path):
/// <c>GET /v1/reporting/projects/{projectId}/status-report?format=csv|html</c> and
/// <c>GET /v1/reporting/portfolio/report?format=csv|html</c> (with ListPortfolio's filters as query values:
/// project_type, phase, owner_person_id, risk, by proto enum name).
/// </summary>
public static class ReportDownloads
{
    public const string StatusRoute = "/v1/reporting/projects/{projectId}/status-report";
    public const string PortfolioRoute = "/v1/reporting/portfolio/report";

    public static WebApplication MapReportDownloads(this WebApplication app)
    {
        app.MapGet(StatusRoute, (string projectId, string? format, HttpContext http, ReportExports exports, CancellationToken ct) =>
            FileDownload.AnswerAsync(http, async caller => Downloaded(await exports.ProjectStatusAsync(
                new ExportProjectStatusRequest { ProjectId = projectId, Format = ReportExports.FormatOf(format) }, caller, ct))))
            .RequireAuthorization();
        app.MapGet(PortfolioRoute, (string? format, string? project_type, string? phase, string? owner_person_id, string? risk,
                HttpContext http, ReportExports exports, CancellationToken ct) =>
            FileDownload.AnswerAsync(http, async caller => Downloaded(await exports.PortfolioAsync(new ExportPortfolioRequest
            {
                Format = ReportExports.FormatOf(format),
                ProjectType = Enum<Own.ProjectType>(project_type, "project_type"),
                Phase = Enum<Own.ProjectPhase>(phase, "phase"),
                OwnerPersonId = owner_person_id ?? "",
                Risk = Enum<RiskFilter>(risk, "risk"),
            }, caller, ct))))
            .RequireAuthorization();
        return app;
    }

    private static DownloadedFile Downloaded(ReportFile file) => new(file.Content, file.ContentType, file.FileName);

    /// <summary>An optional enum query value by its proto name (e.g. PROJECT_TYPE_FILM); absent means unspecified.</summary>
    private static T Enum<T>(string? value, string field) where T : struct, System.Enum
    {
        if (string.IsNullOrEmpty(value)) return default;
        return Contracts.ProtoEnums.TryParse<T>(value, out var parsed) ? parsed
            : throw new ValidationException(field, $"must be a {typeof(T).Name} value name such as {Contracts.ProtoEnums.NameOf(System.Enum.GetValues<T>().Skip(1).First())}");
    }
}
