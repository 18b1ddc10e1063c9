using Crewline.Bench.Measurement;
using Crewline.Bench.Results;
using Crewline.Bench.Suite;
using Crewline.Contracts;
using Grpc.Core;
using Npgsql;
using Comms = Crewline.Contracts.ClientComms.V1;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using Scope = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Completed scope-change workflows per second, end to end through the gateway (issue #8): a member
/// raises a change request → the producer and the PM assess it → both sign the combined response →
/// the change order is issued and sent through the SPOC (the PM) to the client contact (arrived at
/// the harness's SMTP server) → the SPOC records the client's acceptance → Ownership unblocks the
/// plan item the change added. "Completed" is that last state, seen on Ownership's database
/// (<c>plan_items</c> of the change no longer awaiting acceptance), so Ownership does no extra work
/// for being watched. <see cref="Workflows"/> workflows in flight, one per project (a project's
/// plan is one aggregate). Next to bare MassTransit publish→consume round trips on the same broker
/// with as many in flight, divided by the workflow's <see cref="Hops"/>; target ≥ 0.5× that.
/// </summary>
public sealed class ScopeChangeScenario : IScenario
{
    public const int Workflows = 16;

    /// <summary>
    /// Messages a workflow needs consumed before it is complete, counted from the code:
    /// ChangeOrderIssued (ScopeChanges → ClientComms, which sends the change order),
    /// ScopeChangeApproved (ScopeChanges → Ownership, which adds the blocked plan item),
    /// ClientRespondedToChangeOrder (ClientComms → ScopeChanges) and ScopeChangeAccepted
    /// (ScopeChanges → Ownership, which unblocks the item). Off the path, Ownership's PlanItemAdded
    /// and PlanItemUnblocked also reach ClientComms' plan replica (2 more deliveries per workflow).
    /// </summary>
    public const int Hops = 4;

    private static readonly TimeSpan StepWithin = TimeSpan.FromSeconds(60);

    /// <summary>Ownership's plan items of the awaited changes that are no longer waiting for the client.</summary>
    private const string UnblockedQuery =
        "SELECT DISTINCT change_request_id FROM plan_items WHERE change_request_id = ANY($1) AND NOT awaiting_change_acceptance";

    public string Name => "scopechanges";

    public async Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport("Scope-change workflows end to end");
        var options = context.Options;
        var world = context.World;
        context.Progress($"scopechanges: setting up {Workflows} projects (SPOC, client contact, producer)");
        var run = Guid.NewGuid().ToString("N")[..8];
        var lanes = await Task.WhenAll(Enumerable.Range(0, Workflows).Select(async i =>
        {
            var contact = $"scope-{run}-{i}@client.bench.example";
            return new Lane(await world.CreateClientProjectAsync($"Scope bench {run} #{i + 1}", contact, cancellationToken), contact);
        }));
        await using var unblocked = new DatabaseWatch(context.Suite.DatabaseOf(ResourceNames.Ownership), UnblockedQuery, context.Clock);

        var bus = new Series($"MassTransit publish→consume ({Workflows} in flight)");
        var workflows = new Series($"scope-change workflow, raised → unblocked ({Workflows} in flight)");
        var steps = new WorkflowSteps(StepNames);
        var firsts = new WorkflowSteps(StepNames);
        var completed = new Counter();
        var cpu = new CpuProfile("completed workflow (until its events are consumed)");
        // A project's first workflow runs cold paths (each service's first queries of it) and took 10–30 s
        // on a loaded machine: longer than a quick round, which then counted nothing. Run it once, untimed.
        context.Progress($"scopechanges: each project's first workflow (untimed)");
        firsts.BeginRound();
        await Task.WhenAll(lanes.Select(async lane =>
        {
            try
            {
                await RunWorkflowAsync(context, lane, unblocked, steps, firsts, TimeSpan.MaxValue, completed, cancellationToken);
            }
            catch (Exception ex) when (ex is RpcException or TimeoutException)
            {
                context.Progress($"scopechanges: a first workflow failed ({ex.Message}); the rounds go on");
            }
        }));
        firsts.EndRound();
        for (var round = 1; round <= options.Rounds; round++)
        {
            await context.SettleAsync(cancellationToken);
            context.Progress($"scopechanges: round {round}/{options.Rounds}");
            bus.Add(await ClosedLoop.RunAsync(Workflows, options.Warmup, options.LagDuration, (_, ct) => context.Bus.PublishConsumeAsync(ct), cancellationToken));
            steps.BeginRound();
            var measureFrom = context.Clock.Elapsed + options.WorkflowWarmup;
            // The CPU of a workflow counts until its events are consumed (the off-path ones too): the settle is inside the profile.
            workflows.Add(await context.ProfiledAsync(cpu, completed.Read, async () =>
            {
                var result = await ClosedLoop.RunAsync(Workflows, options.WorkflowWarmup, options.WorkflowDuration,
                    (lane, ct) => RunWorkflowAsync(context, lanes[lane], unblocked, steps, firsts, measureFrom, completed, ct), cancellationToken);
                await context.SettleAsync(cancellationToken);
                return result;
            }));
            steps.EndRound();
        }

        var ratio = workflows.ThroughputRatioTo(bus, Hops);
        report.Tables.Add(Table.OfSeries($"{Workflows} workflows in flight, one per project; {Hops} hops per workflow")
            .SeriesRow(bus, "baseline")
            .SeriesRow(workflows, $"{Format.Ratio(ratio)} of publish→consume ÷ {Hops}"));
        var cores = Environment.ProcessorCount;
        if (!cpu.IsEmpty) report.Tables.Add(cpu.ToTable(cores));
        report.Tables.Add(steps.ToTable("Where a workflow's time goes: each step from the end of the one before (workflows started in the measured window)"));
        report.Tables.Add(firsts.ToTable("The same for each project's first workflow (run once before the rounds, not counted above)"));
        try
        {
            report.Tables.Add(await WorkflowHops.MeasureAsync(context.Suite, world.OrgId, cancellationToken));
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or FormatException)
        {
            report.Notes.Add($"The messages' waits could not be read from the services' tables: {ex.Message}");
        }
        report.Targets.Add(new TargetCheck($"scope-change workflows/s ≥ 0.5× (bare publish→consume ÷ {Hops} hops)", Format.Ratio(ratio), ratio.Median >= 0.5));
        if (!cpu.IsEmpty) report.Notes.Add(TargetCpuNote(bus, cpu, cores));
        report.Notes.Add($"Workflows: {options.WorkflowWarmup.TotalSeconds:0} s warm-up (a workflow started in it is not counted), then a {options.WorkflowDuration.TotalSeconds:0} s window; " +
                         "a workflow started in the window counts when it completes, even after the window. A workflow: SubmitChangeRequest (PM), SubmitProductionAssessment (producer, one plan item), SubmitFlowAssessment (PM), " +
                         "SignChangeResponse by the PM then the producer, the change order's arrival at the harness's SMTP server (sent by ClientComms as the SPOC), " +
                         "RecordClientResponse accepted (the SPOC), then Ownership's plan item unblocked — 7 calls through the gateway. " +
                         $"Hops counted from the code: ChangeOrderIssued→ClientComms, ScopeChangeApproved→Ownership, ClientRespondedToChangeOrder→ScopeChanges, " +
                         "ScopeChangeAccepted→Ownership; off the path PlanItemAdded and PlanItemUnblocked reach ClientComms' plan replica. " +
                         $"The mail and Ownership's state are watched without asking the services (SMTP server in the harness; Ownership's database polled every {DatabaseWatch.PollInterval.TotalMilliseconds:0} ms). " +
                         "Steps: a call's step is its round trip; \"→ change order at SMTP\" runs from the producer's signature's answer to the mail's acceptance by the harness's SMTP server; " +
                         "RecordClientResponse is timed from that arrival (so it holds the harness noticing the mail, well under a millisecond); \"→ plan item unblocked\" runs from its answer " +
                         "to the poll of Ownership's database that saw the item unblocked.");
        return report;
    }

    /// <summary>A workflow's steps in order, as <see cref="RunWorkflowAsync"/> times them.</summary>
    private static readonly string[] StepNames =
    [
        "SubmitChangeRequest (PM)", "SubmitProductionAssessment (producer)", "SubmitFlowAssessment (PM)", "SignChangeResponse (PM)",
        "SignChangeResponse (producer) → approved", "→ change order at SMTP (ClientComms as the SPOC)", "RecordClientResponse accepted (SPOC)",
        "→ plan item unblocked (Ownership)",
    ];

    private static async Task RunWorkflowAsync(
        ScenarioContext context, Lane lane, DatabaseWatch unblocked, WorkflowSteps steps, WorkflowSteps firsts, TimeSpan measureFrom,
        Counter completed, CancellationToken cancellationToken)
    {
        var world = context.World;
        var clock = context.Clock;
        var times = new double[StepNames.Length];
        var started = clock.Elapsed;
        var last = started;
        void Step(int step, TimeSpan at)
        {
            times[step] = (at - last).TotalMilliseconds;
            last = at;
        }

        var scope = new Scope.ScopeChangeService.ScopeChangeServiceClient(world.Gateway);
        var requested = await scope.SubmitChangeRequestAsync(new Scope.SubmitChangeRequestRequest
        {
            ProjectId = lane.ProjectId, Title = "A 15-second cut", RequestedDeliverables = { "15-second cut" },
        }, world.Auth, cancellationToken: cancellationToken);
        Step(0, clock.Elapsed);
        var id = requested.ChangeRequestId;
        await scope.SubmitProductionAssessmentAsync(new Scope.SubmitProductionAssessmentRequest
        {
            ChangeRequestId = id, ScheduleImpactDays = 2,
            PlanItems = { new Scope.ProposedPlanItem { Kind = Own.PlanItemKind.ProductionItem, Title = "15-second cut", Start = Day(1), Due = Day(3) } },
        }, world.ProducerAuth, cancellationToken: cancellationToken);
        Step(1, clock.Elapsed);
        var combined = await scope.SubmitFlowAssessmentAsync(new Scope.SubmitFlowAssessmentRequest { ChangeRequestId = id, ExtraRevisionRounds = 1 },
            world.Auth, cancellationToken: cancellationToken);
        Step(2, clock.Elapsed);
        await scope.SignChangeResponseAsync(new Scope.SignChangeResponseRequest { ChangeRequestId = id, Version = combined.CurrentVersion, Role = Common.ProjectRole.ProjectManager },
            world.Auth, cancellationToken: cancellationToken);
        Step(3, clock.Elapsed);
        var approved = await scope.SignChangeResponseAsync(new Scope.SignChangeResponseRequest { ChangeRequestId = id, Version = combined.CurrentVersion, Role = Common.ProjectRole.Producer },
            world.ProducerAuth, cancellationToken: cancellationToken);
        Step(4, clock.Elapsed);
        var nth = lane.NextOrder();
        Step(5, await context.Suite.MailSink.ByRecipient.WaitForAsync(lane.ContactEmail, nth, StepWithin, cancellationToken));
        await new Comms.ClientCommsService.ClientCommsServiceClient(world.Gateway).RecordClientResponseAsync(new Comms.RecordClientResponseRequest
        {
            ProjectId = lane.ProjectId, ChangeOrderId = approved.ChangeOrderId, Accepted = true, Note = "Accepted on the phone.",
        }, world.Auth, cancellationToken: cancellationToken);
        Step(6, clock.Elapsed);
        Step(7, await unblocked.SeenAsync(Guid.Parse(id), StepWithin, cancellationToken));
        completed.Increment();
        if (nth == 1) firsts.Record(times);
        else if (started >= measureFrom) steps.Record(times);
    }

    /// <summary>
    /// What the target asks of the CPU: the rate it sets (0.5 × the bare rate ÷ hops, median of the
    /// rounds) needs a workflow to cost at most cores ÷ that rate across the suite; set next to what
    /// one costs and the ceiling that cost puts on the rate, as a ratio of the same bare rate.
    /// </summary>
    private static string TargetCpuNote(Series bus, CpuProfile cpu, int cores)
    {
        var targetRate = 0.5 * bus.Throughput.Median / Hops;
        var allowedMs = cores * 1000 / targetRate;
        var measuredMs = cpu.MsPerOperation(null).Median;
        var ceiling = cpu.CeilingPerSecond(cores);
        return $"Target in CPU: 0.5 × {Format.Number(bus.Throughput.Median)}/s ÷ {Hops} = {Format.Number(targetRate)} workflows/s, which {cores} cores carry only if a workflow " +
               $"costs ≤ {Format.Number(allowedMs)} ms of CPU across the suite; one costs {Format.Number(measuredMs)} ms ({Format.Number(measuredMs / allowedMs)}× that), " +
               $"so the machine's ceiling is {Format.Number(ceiling)} workflows/s = {Format.Fixed(ceiling / (bus.Throughput.Median / Hops), 3)}× of publish→consume ÷ {Hops}, " +
               "however the waits are scheduled.";
    }

    private static Google.Type.Date Day(int day) => new() { Year = 2030, Month = 3, Day = day };

    /// <summary>Workflows completed so far (every one, warm-up included: the CPU profile's stretch covers all of them).</summary>
    private sealed class Counter
    {
        private long _count;

        public void Increment() => Interlocked.Increment(ref _count);

        public long Read() => Interlocked.Read(ref _count);
    }

    /// <summary>One worker's project and client contact, and how many change orders it has had issued (so which mail to wait for).</summary>
    private sealed class Lane(string projectId, string contactEmail)
    {
        public string ProjectId { get; } = projectId;
        public string ContactEmail { get; } = contactEmail;
        private int _ordersIssued;

        public int NextOrder() => Interlocked.Increment(ref _ordersIssued);
    }
}
