using System.Net;
using System.Net.Http.Headers;
using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Api;
using Crewline.Dashboard.Auth;
using Grpc.Core;
using Grpc.Net.Client;

namespace Crewline.Dashboard.Tests;

/// <summary>The one client class over the gRPC API: the signed-in user's token on every call, the API's errors surfaced.</summary>
public sealed class ReportingApiTests
{
    [Fact]
    public async Task Every_call_carries_the_signed_in_users_bearer_token_and_a_refusal_surfaces_as_its_status()
    {
        var handler = new RecordingHandler();
        using var channel = GrpcChannel.ForAddress("http://gateway.test", new GrpcChannelOptions { HttpHandler = handler });
        var user = new SignedInUser();
        user.SignIn("header.payload.signature");
        var api = new ReportingApi(new PortfolioService.PortfolioServiceClient(channel), new FindingsService.FindingsServiceClient(channel),
            new LiveUpdatesService.LiveUpdatesServiceClient(channel), new Crewline.Contracts.Ownership.V1.OrgService.OrgServiceClient(channel), user);

        var calls = new Func<Task>[]
        {
            () => api.ListPortfolioAsync(new ListPortfolioRequest()),
            () => api.GetProjectStatusAsync("p"),
            () => api.ListFindingsAsync(new ListFindingsRequest()),
            () => api.GetOrgDesignAsync(),
            () => api.ListPeopleAsync(new Crewline.Contracts.Ownership.V1.ListPeopleRequest()),
            async () => { await foreach (var _ in api.WatchUpdatesAsync(CancellationToken.None)) { } },
        };
        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<RpcException>(call);
            Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        }

        Assert.Equal(
            ["/crewline.reporting.v1.PortfolioService/ListPortfolio", "/crewline.reporting.v1.PortfolioService/GetProjectStatus",
             "/crewline.reporting.v1.FindingsService/ListFindings", "/crewline.reporting.v1.FindingsService/GetOrgDesign",
             "/crewline.ownership.v1.OrgService/ListPeople",
             "/crewline.reporting.v1.LiveUpdatesService/WatchUpdates"],
            handler.Paths);
        Assert.All(handler.Authorizations, a => Assert.Equal("Bearer header.payload.signature", a));
    }

    /// <summary>Records each call's path and authorization header and refuses it (a trailers-only gRPC answer).</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<string> Paths { get; } = [];
        public List<string?> Authorizations { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Paths.Add(request.RequestUri!.AbsolutePath);
            Authorizations.Add(request.Headers.TryGetValues("authorization", out var values) ? values.Single() : null);
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Version = HttpVersion.Version20, Content = new ByteArrayContent([]) };
            response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
            response.Headers.Add("grpc-status", ((int)StatusCode.PermissionDenied).ToString());
            response.Headers.Add("grpc-message", "not a member");
            return Task.FromResult(response);
        }
    }
}
