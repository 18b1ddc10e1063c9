using System.Text;
using Crewline.Contracts.Ownership.V1;
using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Auth;
using Grpc.Core;

namespace Crewline.Dashboard.Api;

/// <summary>
/// The export buttons' downloads: the file comes from Reporting's export RPCs, called with the
/// token of the cookie, and is handed to the browser as an attachment (CSV) or a page (HTML).
/// </summary>
public static class ExportEndpoints
{
    public static WebApplication MapExportEndpoints(this WebApplication app)
    {
        app.MapGet("/export/projects/{projectId}/status", (HttpContext context, string projectId, string? format, SignedInUser user, IReportingApi api) =>
            DownloadAsync(context, user, () => api.ExportProjectStatusAsync(projectId, FormatOf(format), context.RequestAborted)));

        app.MapGet("/export/portfolio", (HttpContext context, string? format, string? type, string? phase, string? risk, string? owner, SignedInUser user, IReportingApi api) =>
            DownloadAsync(context, user, () => api.ExportPortfolioAsync(new ExportPortfolioRequest
            {
                Format = FormatOf(format),
                ProjectType = Enum.TryParse<ProjectType>(type, out var t) ? t : ProjectType.Unspecified,
                Phase = Enum.TryParse<ProjectPhase>(phase, out var p) ? p : ProjectPhase.Unspecified,
                Risk = Enum.TryParse<RiskFilter>(risk, out var r) ? r : RiskFilter.Unspecified,
                OwnerPersonId = owner ?? "",
            }, context.RequestAborted)));
        return app;
    }

    private static ReportFormat FormatOf(string? format) =>
        string.Equals(format, "html", StringComparison.OrdinalIgnoreCase) ? ReportFormat.Html : ReportFormat.Csv;

    private static async Task<IResult> DownloadAsync(HttpContext context, SignedInUser user, Func<Task<ReportFile>> export)
    {
        user.SignIn(TokenCookie.Read(context));
        if (!user.IsSignedIn) return Results.Redirect($"{context.Request.PathBase}/signin");
        try
        {
            var file = await export();
            var bytes = Encoding.UTF8.GetBytes(file.Content);
            var contentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
            // HTML opens in the tab to print; CSV downloads under the name Reporting gave it.
            return file.Format == ReportFormat.Html
                ? Results.Bytes(bytes, contentType)
                : Results.File(bytes, contentType, string.IsNullOrEmpty(file.FileName) ? "report.csv" : file.FileName);
        }
        catch (RpcException e)
        {
            var status = e.StatusCode switch
            {
                StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
                StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
                StatusCode.NotFound => StatusCodes.Status404NotFound,
                StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status502BadGateway,
            };
            return Results.Text(ApiErrors.Describe(e), "text/plain; charset=utf-8", statusCode: status);
        }
    }
}
