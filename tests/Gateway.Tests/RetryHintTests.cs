using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace Crewline.Gateway.Tests;

/// <summary>An Unavailable answer of the gateway tells a gRPC caller when to retry, as a 503's Retry-After tells a REST caller.</summary>
public sealed class RetryHintTests
{
    [Fact]
    public async Task A_gRPC_call_to_a_dead_service_is_Unavailable_with_a_RetryInfo_detail_and_a_pushback_trailer()
    {
        await using var gateway = new GatewayFactory("Production", enableDevTokens: false);
        var client = new ReportingService.ReportingServiceClient(gateway.Channel(TestTokens.Valid()));

        var error = await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.GetPortfolioAsync(
            new GetPortfolioRequest(), deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync);

        var status = error.GetRpcStatus();
        Assert.NotNull(status);
        Assert.Equal((int)Code.Unavailable, status.Code);
        var retry = status.GetDetail<RetryInfo>();
        Assert.NotNull(retry);
        Assert.Equal(TimeSpan.FromSeconds(ServiceDefaults.Http.RetryAfterSetup.RetryAfterSeconds), retry.RetryDelay.ToTimeSpan());
        Assert.Equal((ServiceDefaults.Http.RetryAfterSetup.RetryAfterSeconds * 1000).ToString(),
            error.Trailers.GetValue("grpc-retry-pushback-ms"));
    }
}
