using System.Globalization;
using Crewline.Bench.Measurement;
using Crewline.Bench.Results;
using Crewline.Bench.Suite;
using Crewline.Contracts;
using Grpc.Core;
using Grpc.Health.V1;
using Rep = Crewline.Contracts.Reporting.V1;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Reporting's two main reads, <c>PortfolioService/GetProjectStatus</c> and <c>ListPortfolio</c> (the
/// first page of <see cref="PageSize"/> rows), by an org's admin, in an org of
/// <see cref="BenchOptions.ReportingProjects"/> projects (10,000; 1,000 with <c>--quick</c>) direct to Reporting and through the gateway at 1 and 16 callers, next to the empty gRPC
/// call on Reporting's own endpoint (see <see cref="ProjectReadScenario.EmptyCallAsync"/>); and direct
/// at 16 callers in an org of <see cref="SmallOrg"/> projects, in the same rounds, for the cost per
/// query as the org grows (CPU per query, all processes). Both orgs are fed to Reporting as
/// Ownership's events (<see cref="ReportingFeed"/>). Then the plans of every statement each query
/// runs in the large org (<see cref="QueryPlanCapture"/>).
/// </summary>
public sealed class ReportingQueryScenario : IScenario
{
    public const int SmallOrg = 100;
    public const int PageSize = 50;
    public static readonly int[] Callers = [1, 16];

    public string Name => "reporting";

    private delegate Task Query(Rep.PortfolioService.PortfolioServiceClient client, FedOrg org, CancellationToken ct);

    public async Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport($"Reporting queries (GetProjectStatus; ListPortfolio, a page of {PageSize})");
        var (world, options) = (context.World, context.Options);
        var largeOrg = options.ReportingProjects;
        await context.SettleAsync(cancellationToken);
        var feed = new ReportingFeed(context.Suite, context.Bus, context.Clock);
        var template = Guid.Parse(world.ProjectIds[0]);
        context.Progress($"reporting: feeding an org of {SmallOrg} projects");
        var small = await feed.FeedOrgAsync(SmallOrg, template, cancellationToken);
        context.Progress($"reporting: feeding an org of {largeOrg} projects");
        var large = await feed.FeedOrgAsync(largeOrg, template, cancellationToken);
        report.Notes.Add($"Fed as Ownership's events to Reporting's queues (1 PersonAdded, then per project ProjectCreated with the bench org's starting matrix and ProjectMemberAdded, 64 sends in flight): " +
                         $"{largeOrg} projects ({large.Events} events) all visible after {large.VisibleAfter.TotalSeconds:0.0} s = {Format.Number(large.EventsPerSecond)} events/s projected; " +
                         $"{SmallOrg} projects after {small.VisibleAfter.TotalSeconds:0.0} s. Then VACUUM (ANALYZE) of Reporting's database, as autovacuum would after such a load.");
        var plans = new QueryPlanCapture(context.Suite);
        await plans.VacuumAnalyzeAsync(ResourceNames.Reporting, cancellationToken);

        var reporting = world.Channel(context.Suite[ResourceNames.Reporting].GrpcAddress);
        var health = new Health.HealthClient(reporting);
        var direct = new Rep.PortfolioService.PortfolioServiceClient(reporting);
        var gateway = new Rep.PortfolioService.PortfolioServiceClient(world.Gateway);
        long calls = 0;
        long Calls() => Interlocked.Read(ref calls);
        Task Status(Rep.PortfolioService.PortfolioServiceClient client, FedOrg org, CancellationToken ct)
        {
            var id = org.ProjectIds[(int)(Interlocked.Increment(ref calls) % org.ProjectIds.Count)];
            return client.GetProjectStatusAsync(new Rep.GetProjectStatusRequest { ProjectId = id.ToString() }, org.Auth, cancellationToken: ct).ResponseAsync;
        }
        Task Portfolio(Rep.PortfolioService.PortfolioServiceClient client, FedOrg org, CancellationToken ct)
        {
            Interlocked.Increment(ref calls);
            return client.ListPortfolioAsync(new Rep.ListPortfolioRequest { PageSize = PageSize }, org.Auth, cancellationToken: ct).ResponseAsync;
        }

        // One call of each first: the first compiles the service's queries (seconds on a loaded machine, longer than a quick window).
        foreach (var client in new[] { direct, gateway })
            foreach (var org in new[] { small, large })
            {
                await Status(client, org, cancellationToken);
                await Portfolio(client, org, cancellationToken);
            }

        var profiles = new Dictionary<string, CpuProfile>();
        foreach (var callers in Callers)
        {
            var empty = new Series("empty gRPC call (Reporting Health/Check, unknown service)");
            var subjects = new List<(Series Series, Query Query, Rep.PortfolioService.PortfolioServiceClient Client, FedOrg Org, string Ratio)>();
            void Subject(string name, Query query, Rep.PortfolioService.PortfolioServiceClient client, FedOrg org, string ratio) =>
                subjects.Add((new Series(name), query, client, org, ratio));
            foreach (var (label, query) in new (string, Query)[] { ("GetProjectStatus", Status), ("ListPortfolio", Portfolio) })
            {
                Subject($"{label}, direct, {largeOrg} projects", query, direct, large, "empty");
                Subject($"{label}, gateway, {largeOrg} projects", query, gateway, large, "direct");
                if (callers == 16) Subject($"{label}, direct, {SmallOrg} projects", query, direct, small, "large");
            }
            for (var round = 1; round <= options.Rounds; round++)
            {
                context.Progress($"reporting: {callers} callers, round {round}/{options.Rounds}");
                empty.Add(await ClosedLoop.RunAsync(callers, options.Warmup, options.Duration, (_, ct) => ProjectReadScenario.EmptyCallAsync(health, ct), cancellationToken));
                foreach (var (series, query, client, org, _) in subjects)
                {
                    var profile = callers == 16 ? profiles.TryGetValue(series.Name, out var p) ? p : profiles[series.Name] = new CpuProfile($"{series.Name} (16 callers)") : null;
                    series.Add(await context.ProfiledAsync(profile, Calls,
                        () => ClosedLoop.RunAsync(callers, options.Warmup, options.Duration, (_, ct) => query(client, org, ct), cancellationToken)));
                }
            }
            var table = Table.OfSeries($"{callers} concurrent caller{(callers == 1 ? "" : "s")}").SeriesRow(empty, "baseline");
            for (var i = 0; i < subjects.Count; i++)
            {
                var (series, _, _, _, ratio) = subjects[i];
                table.SeriesRow(series, ratio switch
                {
                    "empty" => $"{Format.Ratio(series.ThroughputRatioTo(empty))} of empty call",
                    "direct" => $"{Format.Ratio(series.ThroughputRatioTo(subjects[i - 1].Series))} of direct",
                    _ => $"{largeOrg} projects: {Format.Ratio(subjects[i - 2].Series.ThroughputRatioTo(series))} of this",
                });
            }
            report.Tables.Add(table);
        }
        foreach (var profile in profiles.Values) report.Tables.Add(profile.ToTable(Environment.ProcessorCount));

        foreach (var label in new[] { "GetProjectStatus", "ListPortfolio" })
        {
            var cost = profiles[$"{label}, direct, {largeOrg} projects"].MsPerOperation(null).Median / profiles[$"{label}, direct, {SmallOrg} projects"].MsPerOperation(null).Median;
            report.Targets.Add(new TargetCheck($"{label}: CPU per query at {largeOrg} projects ≤ 1.5× at {SmallOrg} (direct, 16 callers, all processes)",
                $"{Format.Fixed(cost, 3)}×", cost <= 1.5));
        }

        context.Progress("reporting: capturing the query plans");
        var statusPlans = await plans.CaptureAsync(ResourceNames.Reporting, () => Status(direct, large, cancellationToken), cancellationToken);
        var portfolioPlans = await plans.CaptureAsync(ResourceNames.Reporting, () => Portfolio(direct, large, cancellationToken), cancellationToken);
        var rowCounts = await plans.RowCountsAsync(ResourceNames.Reporting, QueryPlanReport.SeqScannedTables(statusPlans.Concat(portfolioPlans)), cancellationToken);
        QueryPlanReport.Add(report, "GetProjectStatus", statusPlans, rowCounts);
        QueryPlanReport.Add(report, "ListPortfolio", portfolioPlans, rowCounts);
        report.Notes.Add($"Plans: each statement the query ran at {largeOrg.ToString(CultureInfo.InvariantCulture)} projects, logged by PostgreSQL (log_statement = all for one call) and run again as EXPLAIN (ANALYZE, BUFFERS) with its logged parameters; node lines shown without cost estimates.");
        report.Notes.Add("Every call is the org admin's (bearer token, as the dashboard's); GetProjectStatus reads the org's projects in turn; ListPortfolio reads the first page (newest first) with its total count.");
        return report;
    }
}
