using Crewline.Bench.Measurement;
using Crewline.Bench.Results;
using Grpc.Core;
using Grpc.Health.V1;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Reading one project (<c>ProjectService/GetProjectDetail</c>) straight from Ownership and
/// through the gateway, at 1, 16 and 64 concurrent callers, next to two floors measured on the
/// same servers: an empty gRPC call on Ownership's own endpoint (see <see cref="EmptyCallAsync"/>)
/// and a single-row primary-key read from PostgreSQL (Npgsql, prepared, pooled). Then each read
/// path open-loop at half its peak rate, for its p99 there.
/// </summary>
public sealed class ProjectReadScenario : IScenario
{
    public static readonly int[] Callers = [1, 16, 64];

    /// <summary>A service name the health service does not know: it answers NotFound without running any health check.</summary>
    public const string UnknownHealthService = "crewline-bench-empty";

    public string Name => "reads";

    /// <summary>
    /// The empty call: <c>grpc.health.v1.Health/Check</c> on Ownership's gRPC endpoint for a service
    /// name it does not map, answered NotFound from memory before any health check runs (the check
    /// of the whole server would open a database connection). It passes through the same Kestrel,
    /// HTTP/2, routing and middleware as a read; it carries no token (anonymous) and touches no database.
    /// </summary>
    public static async Task EmptyCallAsync(Health.HealthClient health, CancellationToken cancellationToken)
    {
        try
        {
            await health.CheckAsync(new HealthCheckRequest { Service = UnknownHealthService }, cancellationToken: cancellationToken);
            throw new InvalidOperationException($"The health service knows '{UnknownHealthService}': the empty call would run health checks.");
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            // The expected answer.
        }
    }

    public async Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport("Project read (GetProjectDetail)");
        var world = context.World;
        var options = context.Options;
        var health = new Health.HealthClient(world.Ownership);
        var direct = new Own.ProjectService.ProjectServiceClient(world.Ownership);
        var gateway = new Own.ProjectService.ProjectServiceClient(world.Gateway);
        var projects = world.ProjectIds;
        long calls = 0;

        Task Read(Own.ProjectService.ProjectServiceClient client, CancellationToken ct)
        {
            var id = projects[(int)(Interlocked.Increment(ref calls) % projects.Count)];
            return client.GetProjectDetailAsync(new Own.GetProjectDetailRequest { ProjectId = id }, world.Auth, cancellationToken: ct).ResponseAsync;
        }

        var peaks = (Direct: 0.0, Gateway: 0.0);
        Series? direct16 = null, gateway16 = null, empty16 = null;
        var directCpu = new CpuProfile("direct read (16 callers)");
        var gatewayCpu = new CpuProfile("read through the gateway (16 callers)");
        long Calls() => Interlocked.Read(ref calls);
        foreach (var callers in Callers)
        {
            var empty = new Series("empty gRPC call (Ownership Health/Check, unknown service)");
            var postgres = new Series("PostgreSQL primary-key read (Npgsql)");
            var directRead = new Series("GetProjectDetail, direct to Ownership");
            var gatewayRead = new Series("GetProjectDetail, through the gateway");
            for (var round = 1; round <= options.Rounds; round++)
            {
                context.Progress($"reads: {callers} callers, round {round}/{options.Rounds}");
                empty.Add(await ClosedLoop.RunAsync(callers, options.Warmup, options.Duration, (_, ct) => EmptyCallAsync(health, ct), cancellationToken));
                long pgCalls = 0;
                postgres.Add(await ClosedLoop.RunAsync(callers, options.Warmup, options.Duration,
                    (caller, ct) => context.Database.ReadRowAsync(caller, Interlocked.Increment(ref pgCalls), ct), cancellationToken));
                var profiled = callers == 16;
                directRead.Add(await context.ProfiledAsync(profiled ? directCpu : null, Calls,
                    () => ClosedLoop.RunAsync(callers, options.Warmup, options.Duration, (_, ct) => Read(direct, ct), cancellationToken)));
                gatewayRead.Add(await context.ProfiledAsync(profiled ? gatewayCpu : null, Calls,
                    () => ClosedLoop.RunAsync(callers, options.Warmup, options.Duration, (_, ct) => Read(gateway, ct), cancellationToken)));
            }
            peaks = (Math.Max(peaks.Direct, directRead.Throughput.Median), Math.Max(peaks.Gateway, gatewayRead.Throughput.Median));
            report.Tables.Add(Table.OfSeries($"{callers} concurrent caller{(callers == 1 ? "" : "s")}")
                .SeriesRow(empty, "baseline")
                .SeriesRow(postgres, "baseline")
                .SeriesRow(directRead, $"{Format.Ratio(directRead.ThroughputRatioTo(empty))} of empty call; {Format.Ratio(directRead.ThroughputRatioTo(postgres))} of PG read")
                .SeriesRow(gatewayRead, $"{Format.Ratio(gatewayRead.ThroughputRatioTo(directRead))} of direct"));
            if (callers == 16) (direct16, gateway16, empty16) = (directRead, gatewayRead, empty);
        }

        if (!directCpu.IsEmpty) report.Tables.Add(directCpu.ToTable(Environment.ProcessorCount));
        if (!gatewayCpu.IsEmpty) report.Tables.Add(gatewayCpu.ToTable(Environment.ProcessorCount));

        // Half the peak closed-loop rate, offered open-loop: the latency a caller sees with headroom.
        peaks = (Math.Max(peaks.Direct, 2), Math.Max(peaks.Gateway, 2));
        var halfDirect = new Series($"direct, offered {Format.Number(peaks.Direct / 2)}/s");
        var halfGateway = new Series($"through the gateway, offered {Format.Number(peaks.Gateway / 2)}/s");
        var halfDirectWaits = new CoreWaitProfile("direct reads at half the peak rate");
        for (var round = 1; round <= options.Rounds; round++)
        {
            context.Progress($"reads: half the peak rate, round {round}/{options.Rounds}");
            halfDirect.Add((await halfDirectWaits.MeasureAsync(context.Cpu, Calls,
                () => OpenLoop.RunAsync(peaks.Direct / 2, options.Duration, context.Clock, (_, _) => Read(direct, cancellationToken), cancellationToken))).Round);
            halfGateway.Add((await OpenLoop.RunAsync(peaks.Gateway / 2, options.Duration, context.Clock, (_, _) => Read(gateway, cancellationToken), cancellationToken)).Round);
        }
        report.Tables.Add(Table.OfSeries("At half the peak rate (open loop; latency from each call's due time)")
            .SeriesRow(halfDirect, "–")
            .SeriesRow(halfGateway, "–"));
        if (!halfDirectWaits.IsEmpty) report.Tables.Add(halfDirectWaits.ToTable());

        if (direct16 is not null && gateway16 is not null && empty16 is not null)
        {
            var ratio = direct16.ThroughputRatioTo(empty16).Median;
            report.Targets.Add(new TargetCheck("direct project read ≥ 0.2× the empty call at 16 callers",
                $"{Format.Fixed(ratio, 3)}×", ratio >= 0.2));
            // The gateway's added cost per read: direct throughput over gateway throughput, minus one.
            var added = 1 / gateway16.ThroughputRatioTo(direct16).Median - 1;
            report.Targets.Add(new TargetCheck("the gateway adding ≤ 25% (16 callers, cost per read)",
                Format.SignedPercent(added), added <= 0.25));
        }
        var p99 = halfDirect.P99.Median;
        report.Targets.Add(new TargetCheck("p99 ≤ 10 ms at half the peak rate (direct read)", $"{Format.Number(p99)} ms", p99 <= 10));
        var p99Gateway = halfGateway.P99.Median;
        report.Notes.Add($"Through the gateway at half its peak rate the p99 was {Format.Number(p99Gateway)} ms.");
        report.Notes.Add($"Each call reads one of the {projects.Count} projects set up before measuring, in turn; every call carries the PM's bearer token (the empty call carries none).");
        return report;
    }
}
