using System.Collections.Concurrent;
using System.Globalization;
using Crewline.Bench.Baselines;
using Crewline.Bench.Mail;
using Crewline.Bench.Measurement;
using Crewline.Bench.Results;
using Comms = Crewline.Contracts.ClientComms.V1;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Client messages through ClientComms (issue #9): <see cref="Callers"/> callers, one project each,
/// each drafting a message as the SPOC, briefing the producer on it (R-COMM-4) and sending it
/// (DraftMessage + BriefOtherRole + SendMessage through the gateway), again as soon as the send is accepted: messages accepted per second. Every accepted
/// message is then awaited at the harness's SMTP capture server (<see cref="MailSink"/>, by its
/// unique subject): latency from the SendMessage call to the server's acceptance of the mail, and
/// the delivered rate. Next to a bare SMTP send (MailKit, connect-send-quit as ClientComms' relay
/// does) to the same server with as many callers, interleaved round by round.
/// </summary>
public sealed class ClientCommsScenario : IScenario
{
    public const int Callers = 16;
    private static readonly TimeSpan ArrivesWithin = TimeSpan.FromSeconds(60);

    public string Name => "clientcomms";

    public async Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport("Client messages: send → SMTP accepted");
        var options = context.Options;
        var sink = context.Suite.MailSink;
        context.Progress($"clientcomms: setting up {Callers} projects (SPOC, client contact)");
        var run = Guid.NewGuid().ToString("N")[..8];
        var projects = await Task.WhenAll(Enumerable.Range(0, Callers).Select(i =>
            context.World.CreateClientProjectAsync($"Comms bench {run} #{i + 1}", $"comms-{run}-{i}@client.bench.example", cancellationToken)));
        var comms = new Comms.ClientCommsService.ClientCommsServiceClient(context.World.Gateway);

        var bare = new Series("bare SMTP send (MailKit → capture server)");
        var accepted = new Series("Draft + BriefOtherRole + SendMessage accepted (gateway)");
        var delivered = new Series("SendMessage → SMTP accepted (ClientComms' sender)");
        long missing = 0, duplicated = 0, sequence = 0;
        for (var round = 1; round <= options.Rounds; round++)
        {
            await context.SettleAsync(cancellationToken);
            context.Progress($"clientcomms: round {round}/{options.Rounds}");
            bare.Add(await ClosedLoop.RunAsync(Callers, options.Warmup, options.Duration,
                (_, ct) => BareSmtp.SendAsync(sink.Port, $"bare {run} {Interlocked.Increment(ref sequence)}", ct), cancellationToken));

            var sentAt = new ConcurrentDictionary<string, TimeSpan>();
            var roundStart = context.Clock.Elapsed;
            accepted.Add(await ClosedLoop.RunAsync(Callers, options.Warmup, options.Duration, async (caller, ct) =>
            {
                var subject = $"Bench update {run} {Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture)}";
                var draft = await comms.DraftMessageAsync(new Comms.DraftMessageRequest { ProjectId = projects[caller], Subject = subject, Body = "The cut is ready for review." },
                    context.World.Auth, cancellationToken: ct);
                await comms.BriefOtherRoleAsync(new Comms.BriefOtherRoleRequest
                    { ProjectId = projects[caller], MessageId = draft.MessageId, BriefedPersonId = context.World.ProducerPersonId, Summary = "The cut goes to the client." },
                    context.World.Auth, cancellationToken: ct);
                var sendAt = context.Clock.Elapsed;
                var sent = await comms.SendMessageAsync(new Comms.SendMessageRequest { ProjectId = projects[caller], MessageId = draft.MessageId },
                    context.World.Auth, cancellationToken: ct);
                if (sent.Outcome != Comms.SendOutcome.Sent) throw new InvalidOperationException($"SendMessage answered {sent.Outcome}, not Sent.");
                sentAt[subject] = sendAt;
            }, cancellationToken));
            var (result, lost, twice) = await DeliveredAsync(sink.BySubject, sentAt, roundStart, cancellationToken);
            delivered.Add(result);
            missing += lost;
            duplicated += twice;
        }

        report.Tables.Add(Table.OfSeries($"{Callers} callers, one project and client contact each")
            .SeriesRow(bare, "baseline")
            .SeriesRow(accepted, $"{Format.Ratio(accepted.ThroughputRatioTo(bare))} of bare SMTP sends")
            .SeriesRow(delivered, $"{Format.Ratio(delivered.ThroughputRatioTo(bare))} of bare SMTP sends; " +
                                  $"p50 {Format.Ratio(Percentiles.SpreadOf(delivered.Rounds.Zip(bare.Rounds, (d, b) => d.P50Ms / b.P50Ms)))}, " +
                                  $"p99 {Format.Ratio(Percentiles.SpreadOf(delivered.Rounds.Zip(bare.Rounds, (d, b) => d.P99Ms / b.P99Ms)))} of bare"));
        report.Targets.Add(new TargetCheck("every accepted client message reached the SMTP server exactly once",
            $"{missing.ToString(CultureInfo.InvariantCulture)} missing, {duplicated.ToString(CultureInfo.InvariantCulture)} twice", missing == 0 && duplicated == 0));
        report.Notes.Add("Issue #9 sets no figure for these: the table puts them next to the bare SMTP send. An accepted send counts warm-up calls out like any closed loop; " +
                         "every message accepted in the round (warm-up included) is awaited at the capture server, and the delivered row's rate is those messages over the time " +
                         $"from the round's start to the last arrival. A message not arrived {ArrivesWithin.TotalSeconds:0} s after the load counts as failed (\"NotArrived\"). " +
                         "ClientComms' sender is woken by each send and relays each copy on a connection of its own, as the bare send does.");
        return report;
    }

    /// <summary>Waits for every accepted message at the capture server and makes a round of their send → accepted latencies.</summary>
    private static async Task<(RoundResult Round, long Missing, long Duplicated)> DeliveredAsync(
        ArrivalLog arrivals, ConcurrentDictionary<string, TimeSpan> sentAt, TimeSpan roundStart, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(sentAt.Keys.Select(subject => arrivals.WaitForAsync(subject, 1, ArrivesWithin, cancellationToken)));
        }
        catch (TimeoutException)
        {
            // Counted below as not arrived.
        }
        var latencies = new List<double>();
        var last = roundStart;
        long missing = 0, duplicated = 0;
        foreach (var (subject, sent) in sentAt)
        {
            if (arrivals.ArrivalOf(subject) is not { } arrived)
            {
                missing++;
                continue;
            }
            latencies.Add((arrived - sent).TotalMilliseconds);
            if (arrived > last) last = arrived;
            if (arrivals.CountOf(subject) > 1) duplicated++;
        }
        var failures = missing == 0 ? new Dictionary<string, long>() : new Dictionary<string, long> { ["NotArrived"] = missing };
        return (RoundResult.From(latencies, last - roundStart, failures), missing, duplicated);
    }
}
