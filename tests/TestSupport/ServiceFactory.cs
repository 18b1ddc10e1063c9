using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts;
using Crewline.ServiceDefaults.Auth;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.TestSupport;

/// <summary>
/// Runs a Crewline service in memory (TestServer) against real servers: its own fresh
/// database (<c>t_&lt;guid&gt;</c>, created by the service's migrations) on
/// <paramref name="postgres"/>, the bus on <paramref name="rabbitMq"/>, and a test signing key.
/// </summary>
/// <param name="databaseResource">The service's database connection name, e.g. <c>ownershipdb</c>.</param>
/// <param name="settings">Further configuration (e.g. <c>Outbox:PublishTimeout</c>); overrides appsettings.</param>
public class ServiceFactory<TProgram>(
    LocalPostgres postgres,
    Uri broker,
    string databaseResource,
    IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public const string SigningKey = "crewline-test-signing-key-not-a-secret-0123456789";

    public string DatabaseName { get; } = $"t_{Guid.NewGuid():N}";

    public string DatabaseConnectionString => postgres.ConnectionString(DatabaseName);

    /// <summary>
    /// The AMQP address of the host's own virtual host: publish to it, or watch its exchanges and
    /// queues (<see cref="RabbitMqProbe"/>), to reach this host and no other.
    /// </summary>
    public Uri Broker { get; } = broker;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{databaseResource}", DatabaseConnectionString);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", Broker.ToString());
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Auth:Authority", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }

    /// <summary>A gRPC channel to the in-memory server; with a token, every call carries <c>authorization: Bearer</c>.</summary>
    public GrpcChannel CreateChannel(string? token = null)
    {
        HttpMessageHandler handler = Server.CreateHandler();
        if (token is not null) handler = new BearerTokenHandler(token) { InnerHandler = handler };
        return GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    /// <summary>A token the service accepts, for <paramref name="subject"/> in <paramref name="orgId"/>.</summary>
    public string TokenFor(string subject, Guid orgId) => Services.GetRequiredService<DevTokenIssuer>().Issue(subject, orgId);

    /// <summary>
    /// Runs <paramref name="work"/> in a fresh service scope, acting for <paramref name="orgId"/>
    /// when given (the DbContexts' org filter applies), else with no org set.
    /// </summary>
    public async Task<T> InScopeAsync<T>(Guid? orgId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        if (orgId is { } org) scope.ServiceProvider.GetRequiredService<TenantContext>().Set(org);
        return await work(scope.ServiceProvider);
    }

    private sealed class BearerTokenHandler(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
