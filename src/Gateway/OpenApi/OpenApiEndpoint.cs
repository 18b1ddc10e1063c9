namespace Crewline.Gateway.OpenApi;

public static class OpenApiEndpoint
{
    public const string Path = "/openapi/v1.json";

    /// <summary>Serves the merged OpenAPI document anonymously.</summary>
    public static WebApplication MapOpenApiDocument(this WebApplication app)
    {
        app.MapGet(Path, async (OpenApiAggregator aggregator, CancellationToken cancellationToken) =>
                Results.Json(await aggregator.BuildAsync(cancellationToken)))
            .AllowAnonymous();
        return app;
    }
}
