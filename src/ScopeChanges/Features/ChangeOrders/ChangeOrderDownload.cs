using Crewline.BuildingBlocks.Errors;

namespace Crewline.ScopeChanges.Features.ChangeOrders;

/// <summary>
/// The change order as a real document over REST (R-SCOPE-4):
/// <c>GET /v1/scopechanges/change-requests/{id}/change-orders/{version}/document?format=markdown|html</c>
/// answers the Markdown (<c>text/markdown</c>) or the sanitized HTML (<c>text/html</c>) itself, as an
/// attachment named after the request and version. Same token, org scoping and membership as the gRPC
/// reads; the gateway routes it with every other <c>/v1/scopechanges/…</c> path.
/// </summary>
public static class ChangeOrderDownload
{
    public const string Route = "/v1/scopechanges/change-requests/{changeRequestId}/change-orders/{version:int}/document";

    public static WebApplication MapChangeOrderDownload(this WebApplication app)
    {
        app.MapGet(Route, DownloadAsync).RequireAuthorization();
        return app;
    }

    private static Task<IResult> DownloadAsync(string changeRequestId, int version, string? format, HttpContext http,
        ChangeOrderQueries queries, CancellationToken cancellationToken) =>
        FileDownload.AnswerAsync(http, async caller =>
        {
            var html = (format ?? "markdown").ToLowerInvariant() switch
            {
                "markdown" or "md" => false,
                "html" => true,
                _ => throw new ValidationException("format", "must be markdown or html"),
            };
            var (id, v) = ChangeOrderQueries.Validate(changeRequestId, version);
            var order = await queries.FindAsync(id, v, caller, cancellationToken);
            var fileName = $"change-order-{order.ChangeRequestId}-v{order.Version}.{(html ? "html" : "md")}";
            var content = html ? $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(order.Subject)}</title></head><body>\n{order.Html}</body></html>\n" : order.Markdown;
            return new DownloadedFile(content, html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8", fileName);
        });
}
