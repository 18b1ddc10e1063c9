using System.Text.Json.Nodes;
using Crewline.Contracts;
using Crewline.Gateway.Routing;

namespace Crewline.Gateway.OpenApi;

/// <summary>
/// Builds the gateway's one OpenAPI document from the services' own documents (each generated
/// from its proto's REST mappings and comments): their paths and schemas merged, with bearer
/// authentication declared. A service that cannot be reached is listed under
/// <c>x-crewline-unavailable</c> rather than failing the whole document.
/// </summary>
public sealed class OpenApiAggregator(HttpClient http, ILogger<OpenApiAggregator> logger)
{
    public async Task<JsonObject> BuildAsync(CancellationToken cancellationToken)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject();
        var unavailable = new JsonArray();

        foreach (var (service, _) in ResourceNames.Services)
        {
            var document = await TryReadAsync(service, cancellationToken);
            if (document is null)
            {
                unavailable.Add(service);
                continue;
            }
            MergeInto(paths, document["paths"] as JsonObject);
            MergeInto(schemas, document["components"]?["schemas"] as JsonObject);
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.4",
            ["info"] = new JsonObject
            {
                ["title"] = "Crewline API",
                ["version"] = "v1",
                ["description"] = "Every REST route of the Crewline services, served through the gateway. " +
                                  "Send a bearer token whose claims carry sub, org and name.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
            },
            ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }),
            ["x-crewline-unavailable"] = unavailable,
        };
    }

    private async Task<JsonObject?> TryReadAsync(string service, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(GatewayRoutes.OpenApiAddress(service), cancellationToken);
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStreamAsync(cancellationToken)) as JsonObject;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
                                       or InvalidOperationException)
        {
            logger.LogWarning("OpenAPI document of {Service} is unavailable: {Message}", service, ex.Message);
            return null;
        }
    }

    private static void MergeInto(JsonObject target, JsonObject? source)
    {
        if (source is null) return;
        foreach (var (name, value) in source)
        {
            if (target.ContainsKey(name)) continue; // shared google.* schemas appear in every document
            target[name] = value?.DeepClone();
        }
    }
}
