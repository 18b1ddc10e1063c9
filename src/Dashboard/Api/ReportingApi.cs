using System.Runtime.CompilerServices;
using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Auth;
using Grpc.Core;

namespace Crewline.Dashboard.Api;

/// <summary>
/// <see cref="IReportingApi"/> over the gateway's gRPC endpoint: every call carries the signed-in
/// user's bearer token (<see cref="SignedInUser"/>), scoped to the circuit.
/// </summary>
public sealed class ReportingApi(
    PortfolioService.PortfolioServiceClient portfolio,
    FindingsService.FindingsServiceClient findings,
    LiveUpdatesService.LiveUpdatesServiceClient live,
    Crewline.Contracts.Ownership.V1.OrgService.OrgServiceClient orgs,
    SignedInUser user) : IReportingApi
{
    public async Task<ListPortfolioResponse> ListPortfolioAsync(ListPortfolioRequest request, CancellationToken cancellationToken = default) =>
        await portfolio.ListPortfolioAsync(request, Options(cancellationToken));

    public async Task<ProjectStatus> GetProjectStatusAsync(string projectId, CancellationToken cancellationToken = default) =>
        await portfolio.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = projectId }, Options(cancellationToken));

    public async Task<ListDecisionLogResponse> ListDecisionLogAsync(ListDecisionLogRequest request, CancellationToken cancellationToken = default) =>
        await portfolio.ListDecisionLogAsync(request, Options(cancellationToken));

    public async Task<ListScopeChangeLogResponse> ListScopeChangeLogAsync(ListScopeChangeLogRequest request, CancellationToken cancellationToken = default) =>
        await portfolio.ListScopeChangeLogAsync(request, Options(cancellationToken));

    public async Task<ReportingInvoiceAging> GetInvoiceAgingAsync(string? projectId, CancellationToken cancellationToken = default) =>
        await portfolio.GetInvoiceAgingAsync(new GetReportingInvoiceAgingRequest { ProjectId = projectId ?? "" }, Options(cancellationToken));

    public async Task<ListFindingsResponse> ListFindingsAsync(ListFindingsRequest request, CancellationToken cancellationToken = default) =>
        await findings.ListFindingsAsync(request, Options(cancellationToken));

    public async Task<FindingsTimeline> GetFindingsTimelineAsync(int days, CancellationToken cancellationToken = default) =>
        await findings.GetFindingsTimelineAsync(new GetFindingsTimelineRequest { Days = days }, Options(cancellationToken));

    public async Task<OrgDesignView> GetOrgDesignAsync(CancellationToken cancellationToken = default) =>
        await findings.GetOrgDesignAsync(new GetOrgDesignRequest(), Options(cancellationToken));

    public async Task<ReportFile> ExportProjectStatusAsync(string projectId, ReportFormat format, CancellationToken cancellationToken = default) =>
        await portfolio.ExportProjectStatusAsync(new ExportProjectStatusRequest { ProjectId = projectId, Format = format }, Options(cancellationToken));

    public async Task<ReportFile> ExportPortfolioAsync(ExportPortfolioRequest request, CancellationToken cancellationToken = default) =>
        await portfolio.ExportPortfolioAsync(request, Options(cancellationToken));

    public async Task<Crewline.Contracts.Ownership.V1.ListPeopleResponse> ListPeopleAsync(
        Crewline.Contracts.Ownership.V1.ListPeopleRequest request, CancellationToken cancellationToken = default) =>
        await orgs.ListPeopleAsync(request, Options(cancellationToken));

    public async IAsyncEnumerable<LiveUpdate> WatchUpdatesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var call = live.WatchUpdates(new WatchUpdatesRequest(), Options(cancellationToken));
        await foreach (var update in call.ResponseStream.ReadAllAsync(cancellationToken))
            yield return update;
    }

    private CallOptions Options(CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        if (user.Token is { } token) headers.Add("authorization", $"Bearer {token}");
        return new CallOptions(headers, cancellationToken: cancellationToken);
    }
}
