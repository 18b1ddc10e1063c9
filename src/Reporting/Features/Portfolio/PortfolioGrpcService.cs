using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Reporting.V1;
using Grpc.Core;

namespace Crewline.Reporting.Features.Portfolio;

/// <summary>The gRPC (and, by transcoding, REST) face of the portfolio read models.</summary>
public sealed class PortfolioGrpcService(PortfolioQueries portfolio, PortfolioLogQueries logs, Exports.ReportExports exports) : PortfolioService.PortfolioServiceBase
{
    public override Task<ProjectStatus> GetProjectStatus(GetProjectStatusRequest request, ServerCallContext context) =>
        portfolio.GetProjectStatusAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListPortfolioResponse> ListPortfolio(ListPortfolioRequest request, ServerCallContext context) =>
        portfolio.ListPortfolioAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListDecisionLogResponse> ListDecisionLog(ListDecisionLogRequest request, ServerCallContext context) =>
        logs.ListDecisionsAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListScopeChangeLogResponse> ListScopeChangeLog(ListScopeChangeLogRequest request, ServerCallContext context) =>
        logs.ListScopeChangesAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ReportingInvoiceAging> GetInvoiceAging(GetReportingInvoiceAgingRequest request, ServerCallContext context) =>
        logs.GetInvoiceAgingAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ReportFile> ExportProjectStatus(ExportProjectStatusRequest request, ServerCallContext context) =>
        exports.ProjectStatusAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ReportFile> ExportPortfolio(ExportPortfolioRequest request, ServerCallContext context) =>
        exports.PortfolioAsync(request, context.Caller(), context.CancellationToken);
}
