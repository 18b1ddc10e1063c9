using Grpc.Reflection.V1Alpha;

namespace Crewline.EndToEnd.Tests;

/// <summary>Server reflection at the gateway: one address lists and describes every service, without a token.</summary>
[Collection(SuiteCollection.Name)]
public sealed class GatewayReflectionTests(SuiteFixture suite)
{
    [Fact]
    public async Task Reflection_at_the_gateway_lists_every_crewline_service_anonymously()
    {
        using var channel = suite.GatewayChannel(token: null);
        var client = new ServerReflection.ServerReflectionClient(channel);
        using var call = client.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        foreach (var expected in new[]
                 {
                     "crewline.ownership.v1.OwnershipService", "crewline.ownership.v1.ProjectService",
                     "crewline.scopechanges.v1.ScopeChangeService", "crewline.clientcomms.v1.ClientCommsService",
                     "crewline.reporting.v1.ReportingService",
                 })
            Assert.Contains(expected, services);

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = "crewline.ownership.v1.OwnershipService" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.NotEmpty(call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto);
        await call.RequestStream.CompleteAsync();
    }
}
