using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Api;

namespace Crewline.Dashboard.Tests;

/// <summary>
/// A test double of <see cref="IReportingApi"/>: answers from what the test put in, records every
/// request, fails with <see cref="Failure"/> when set, and streams the live updates the test pushes.
/// </summary>
public sealed class FakeReportingApi : IReportingApi
{
    private readonly Channel<LiveUpdate> _live = Channel.CreateUnbounded<LiveUpdate>();
    private readonly object _gate = new();

    public Func<ListPortfolioRequest, ListPortfolioResponse> Portfolio { get; set; } = _ => new ListPortfolioResponse();
    public Dictionary<string, ProjectStatus> Projects { get; } = [];
    public Func<ListDecisionLogRequest, ListDecisionLogResponse> DecisionLog { get; set; } = _ => new ListDecisionLogResponse();
    public ListScopeChangeLogResponse ScopeChangeLog { get; set; } = new() { CycleTimes = new CycleTimeStats() };
    public ReportingInvoiceAging InvoiceAging { get; set; } = new();
    public List<ReportedFinding> Findings { get; } = [];
    public FindingsTimeline Timeline { get; set; } = new();
    public OrgDesignView OrgDesign { get; set; } = new();
    public ReportFile? ExportFile { get; set; }
    public List<Crewline.Contracts.Ownership.V1.Person> People { get; } = [];

    /// <summary>Every call fails with this while set.</summary>
    public Exception? Failure { get; set; }

    public List<object> Requests { get; } = [];

    public int CallsTo<T>() { lock (_gate) return Requests.OfType<T>().Count(); }

    public T Last<T>() { lock (_gate) return Requests.OfType<T>().Last(); }

    /// <summary>Sends a live update to the dashboard's stream.</summary>
    public void Push(LiveUpdate update) => _live.Writer.TryWrite(update);

    public Task<ListPortfolioResponse> ListPortfolioAsync(ListPortfolioRequest request, CancellationToken cancellationToken = default) =>
        Answer(request, () => Portfolio(request));

    public Task<ProjectStatus> GetProjectStatusAsync(string projectId, CancellationToken cancellationToken = default) =>
        Answer(new GetProjectStatusRequest { ProjectId = projectId }, () => Projects.TryGetValue(projectId, out var s)
            ? s.Clone()
            : throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.NotFound, "no such project")));

    public Task<ListDecisionLogResponse> ListDecisionLogAsync(ListDecisionLogRequest request, CancellationToken cancellationToken = default) =>
        Answer(request, () => DecisionLog(request));

    public Task<ListScopeChangeLogResponse> ListScopeChangeLogAsync(ListScopeChangeLogRequest request, CancellationToken cancellationToken = default) =>
        Answer(request, () => ScopeChangeLog);

    public Task<ReportingInvoiceAging> GetInvoiceAgingAsync(string? projectId, CancellationToken cancellationToken = default) =>
        Answer(new GetReportingInvoiceAgingRequest { ProjectId = projectId ?? "" }, () => InvoiceAging);

    public Task<ListFindingsResponse> ListFindingsAsync(ListFindingsRequest request, CancellationToken cancellationToken = default) =>
        Answer(request, () =>
        {
            var response = new ListFindingsResponse();
            lock (_gate)
                response.Findings.AddRange(Findings.Where(f =>
                    (request.IncludeClosed || f.ClosedAt is null)
                    && (request.Kind == Contracts.Common.V1.FindingKind.Unspecified || f.Finding.Kind == request.Kind)
                    && (request.ProjectId == "" || f.Finding.ProjectId == request.ProjectId)));
            return response;
        });

    public Task<FindingsTimeline> GetFindingsTimelineAsync(int days, CancellationToken cancellationToken = default) =>
        Answer(new GetFindingsTimelineRequest { Days = days }, () => Timeline);

    public Task<OrgDesignView> GetOrgDesignAsync(CancellationToken cancellationToken = default) =>
        Answer(new GetOrgDesignRequest(), () => OrgDesign);

    public Task<ReportFile> ExportProjectStatusAsync(string projectId, ReportFormat format, CancellationToken cancellationToken = default) =>
        Answer(new ExportProjectStatusRequest { ProjectId = projectId, Format = format }, () => ExportFile ?? new ReportFile());

    public Task<ReportFile> ExportPortfolioAsync(ExportPortfolioRequest request, CancellationToken cancellationToken = default) =>
        Answer(request, () => ExportFile ?? new ReportFile());

    /// <summary>The org's people, in pages of the request's size (the page token is the next index).</summary>
    public Task<Crewline.Contracts.Ownership.V1.ListPeopleResponse> ListPeopleAsync(
        Crewline.Contracts.Ownership.V1.ListPeopleRequest request, CancellationToken cancellationToken = default) =>
        Answer(request, () =>
        {
            var start = request.PageToken == "" ? 0 : int.Parse(request.PageToken, System.Globalization.CultureInfo.InvariantCulture);
            var size = request.PageSize == 0 ? 50 : request.PageSize;
            var response = new Crewline.Contracts.Ownership.V1.ListPeopleResponse();
            lock (_gate) response.People.AddRange(People.Skip(start).Take(size));
            if (start + size < People.Count) response.NextPageToken = (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return response;
        });

    public async IAsyncEnumerable<LiveUpdate> WatchUpdatesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        lock (_gate) Requests.Add(new WatchUpdatesRequest());
        yield return new LiveUpdate { Kind = LiveUpdateKind.Subscribed };
        while (await _live.Reader.WaitToReadAsync(cancellationToken))
            while (_live.Reader.TryRead(out var update))
                yield return update;
    }

    public void AddFinding(ReportedFinding finding)
    {
        lock (_gate) Findings.Add(finding);
    }

    private Task<T> Answer<T>(object request, Func<T> answer)
    {
        lock (_gate) Requests.Add(request);
        if (Failure is { } failure) return Task.FromException<T>(failure);
        return Task.FromResult(answer());
    }
}
