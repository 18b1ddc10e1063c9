using System.Collections.Concurrent;
using System.Net.Http.Json;
using Grpc.Core;
using Grpc.Net.Client;

namespace Crewline.DemoSeeder;

/// <summary>
/// The public API as an integrator reaches it: gRPC through the gateway, each person with a token
/// from the gateway's development token endpoint (<c>POST /dev/token</c>, as the README shows).
/// </summary>
public sealed class DemoGateway(GatewayAddresses addresses, Guid orgId, HttpClient http) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<GrpcChannel>>> _channels = new(StringComparer.Ordinal);

    /// <summary>A channel whose every call carries a token for <paramref name="person"/> in the org (one per person, shared by the projects seeded at once).</summary>
    public Task<GrpcChannel> AsAsync(DemoPerson person, CancellationToken cancellationToken) =>
        _channels.GetOrAdd(person.Subject, _ => new Lazy<Task<GrpcChannel>>(() => OpenAsync(person, cancellationToken))).Value;

    private async Task<GrpcChannel> OpenAsync(DemoPerson person, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(person, cancellationToken);
        var credentials = CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("authorization", $"Bearer {token}");
            return Task.CompletedTask;
        });
        return GrpcChannel.ForAddress(addresses.Grpc, new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, credentials),
            UnsafeUseInsecureChannelCallCredentials = true, // plain h2c to the gateway, as in run mode
        });
    }

    private async Task<string> TokenAsync(DemoPerson person, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(new Uri(addresses.Http, "/dev/token"),
            new { subject = person.Subject, org = orgId.ToString(), name = person.Name }, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException(
                $"The gateway's development token endpoint answered {(int)response.StatusCode}: the demo needs it (Development, Auth__EnableDevTokenEndpoint).");
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        return body?.Token ?? throw new InvalidOperationException("The token endpoint returned no token.");
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully)) channel.Value.Result.Dispose();
    }

    private sealed record TokenResponse(string Token);
}

/// <summary>The gateway's two endpoints: REST/HTTP 1.1 (development tokens) and gRPC (h2c).</summary>
public sealed record GatewayAddresses(Uri Http, Uri Grpc)
{
    /// <summary>
    /// From <c>DemoSeeder:GatewayHttp</c>/<c>DemoSeeder:GatewayGrpc</c>, else the AppHost's reference
    /// to the gateway (<c>services:gateway:http:0</c>, <c>services:gateway:grpc:0</c>).
    /// </summary>
    public static GatewayAddresses From(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var httpAddress = configuration["DemoSeeder:GatewayHttp"] ?? configuration["services:gateway:http:0"];
        var grpcAddress = configuration["DemoSeeder:GatewayGrpc"] ?? configuration["services:gateway:grpc:0"];
        if (string.IsNullOrWhiteSpace(httpAddress) || string.IsNullOrWhiteSpace(grpcAddress))
            throw new InvalidOperationException("No gateway address: the AppHost passes it (WithReference(gateway)), or set DemoSeeder:GatewayHttp and DemoSeeder:GatewayGrpc.");
        return new GatewayAddresses(new Uri(httpAddress), new Uri(grpcAddress));
    }
}
