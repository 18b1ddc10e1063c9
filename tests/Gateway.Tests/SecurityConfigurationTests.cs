using System.Net;
using System.Net.Http.Json;
using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.IdentityModel.Tokens;

namespace Crewline.Gateway.Tests;

/// <summary>The development token endpoint and JWT validation are locked down (issue item 7).</summary>
public sealed class SecurityConfigurationTests
{
    private static readonly object TokenRequest = new { subject = "alex", org = Guid.NewGuid().ToString(), name = "Alex" };

    [Fact]
    public async Task The_dev_token_endpoint_exists_in_Development_with_its_setting_on()
    {
        await using var gateway = new GatewayFactory("Development", enableDevTokens: true);
        using var http = gateway.CreateClient();

        var response = await http.PostAsJsonAsync("/dev/token", TokenRequest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Staging", true)]
    [InlineData("Development", false)]
    public async Task The_dev_token_endpoint_does_not_exist_outside_Development_or_without_its_setting(string environment, bool enableDevTokens)
    {
        await using var gateway = new GatewayFactory(environment, enableDevTokens);
        using var http = gateway.CreateClient();

        var response = await http.PostAsJsonAsync("/dev/token", TokenRequest);

        Assert.True(response.StatusCode == HttpStatusCode.NotFound,
            $"POST /dev/token answered {(int)response.StatusCode} in {environment} with the setting {(enableDevTokens ? "on" : "off")}");
    }

    public static TheoryData<string, string> RejectedTokens => new()
    {
        { "unsigned (alg none)", TestTokens.Unsigned() },
        { "signed with HS384 by the right key", TestTokens.SignedWith(SecurityAlgorithms.HmacSha384) },
        { "signed with HS512 by the right key", TestTokens.SignedWith(SecurityAlgorithms.HmacSha512) },
        { "expired 2 minutes ago", TestTokens.ExpiredAgo(TimeSpan.FromMinutes(2)) },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task A_token_with_another_algorithm_or_past_its_expiry_is_Unauthenticated(string what, string token)
    {
        await using var gateway = new GatewayFactory("Production", enableDevTokens: false);
        var client = new ReportingService.ReportingServiceClient(gateway.Channel(token));

        var error = await Assert.ThrowsAsync<RpcException>(() => client.GetPortfolioAsync(new GetPortfolioRequest()).ResponseAsync);

        Assert.True(error.StatusCode == StatusCode.Unauthenticated, $"a token {what} got {error.StatusCode}");
    }

    [Fact]
    public async Task A_valid_HS256_token_passes_the_gateway()
    {
        await using var gateway = new GatewayFactory("Production", enableDevTokens: false);
        var client = new ReportingService.ReportingServiceClient(gateway.Channel(TestTokens.Valid()));

        // Past authentication the call is routed: the service is down here, so Unavailable.
        await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.GetPortfolioAsync(new GetPortfolioRequest()).ResponseAsync);
    }
}
