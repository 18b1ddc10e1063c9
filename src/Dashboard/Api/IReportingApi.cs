using Crewline.Contracts.Reporting.V1;

namespace Crewline.Dashboard.Api;

/// <summary>
/// Everything the dashboard reads, all of it from the suite's public gRPC API through the
/// gateway, with the signed-in user's token: Reporting's read models, and the org's people from
/// Ownership (the portfolio's owner filter names them). Pages talk only to this interface, so they render
/// against a test double in tests. Failures surface as <see cref="Grpc.Core.RpcException"/>.
/// </summary>
public interface IReportingApi
{
    Task<ListPortfolioResponse> ListPortfolioAsync(ListPortfolioRequest request, CancellationToken cancellationToken = default);
    Task<ProjectStatus> GetProjectStatusAsync(string projectId, CancellationToken cancellationToken = default);
    Task<ListDecisionLogResponse> ListDecisionLogAsync(ListDecisionLogRequest request, CancellationToken cancellationToken = default);
    Task<ListScopeChangeLogResponse> ListScopeChangeLogAsync(ListScopeChangeLogRequest request, CancellationToken cancellationToken = default);
    Task<ReportingInvoiceAging> GetInvoiceAgingAsync(string? projectId, CancellationToken cancellationToken = default);
    Task<ListFindingsResponse> ListFindingsAsync(ListFindingsRequest request, CancellationToken cancellationToken = default);
    Task<FindingsTimeline> GetFindingsTimelineAsync(int days, CancellationToken cancellationToken = default);
    Task<OrgDesignView> GetOrgDesignAsync(CancellationToken cancellationToken = default);
    Task<ReportFile> ExportProjectStatusAsync(string projectId, ReportFormat format, CancellationToken cancellationToken = default);
    Task<ReportFile> ExportPortfolioAsync(ExportPortfolioRequest request, CancellationToken cancellationToken = default);
    Task<Crewline.Contracts.Ownership.V1.ListPeopleResponse> ListPeopleAsync(Crewline.Contracts.Ownership.V1.ListPeopleRequest request, CancellationToken cancellationToken = default);

    /// <summary>The live stream of what changed in the caller's org, until cancelled.</summary>
    IAsyncEnumerable<LiveUpdate> WatchUpdatesAsync(CancellationToken cancellationToken);
}
