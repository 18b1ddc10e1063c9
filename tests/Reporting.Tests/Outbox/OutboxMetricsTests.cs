using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Crewline.BuildingBlocks.Messaging;
using Crewline.BuildingBlocks.Outbox;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Reporting.Tests.Outbox;

[Collection(OutboxCollection.Name)]
public sealed class OutboxMetricsTests(OutboxFixture fixture)
{
    [Fact]
    public async Task The_crewline_meter_counts_published_events_dead_rows_and_skipped_inbox_duplicates()
    {
        using var metrics = new InstanceMetrics(
            fixture.First.Services.GetRequiredService<IMeterFactory>(), fixture.Second.Services.GetRequiredService<IMeterFactory>());
        var org = Guid.NewGuid();

        await OutboxFixture.EnqueueAsync(fixture.First, new OrderedProbeEvent(org, Guid.NewGuid(), 0));
        await Eventually.Until(() => Task.FromResult(metrics.Total(MessagingMetrics.Published) >= 1));

        // A type of its own, so what other tests' rows record meanwhile is told apart.
        var vanished = $"VanishedEvent{Guid.NewGuid():N}";
        await fixture.AddRowAsync(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = $"Crewline.Nowhere.{vanished}, Crewline.Nowhere",
            Payload = "{}",
            OrgId = org,
            OccurredAt = DateTimeOffset.UtcNow,
        });
        await Eventually.Until(() => Task.FromResult(metrics.TotalFor(MessagingMetrics.DeadLettered, vanished) == 1));
        await Eventually.Until(() => Task.FromResult(metrics.Observe(MessagingMetrics.Dead) >= 1));
        Assert.True(metrics.TotalFor(MessagingMetrics.PublishFailures, vanished) >= OutboxFixture.MaxAttempts, "every failed attempt is counted");
        Assert.True(metrics.Observe(MessagingMetrics.Pending) >= 0, "the pending gauge reports a count");
        Assert.True(metrics.Observe(MessagingMetrics.OldestPendingAge) >= 0, "the oldest-pending-age gauge reports an age");

        // The same message twice: the second copy is skipped by the inbox and counted.
        var bus = fixture.First.Services.GetRequiredService<IBus>();
        var messageId = Guid.CreateVersion7();
        var created = ReportingFixture.NewProjectCreated(org, "Counted duplicate");
        await bus.Publish(created, ctx => ctx.MessageId = messageId);
        await bus.Publish(created, ctx => ctx.MessageId = messageId);
        await Eventually.Until(() => Task.FromResult(metrics.Total(MessagingMetrics.InboxDuplicates) >= 1));
    }

    /// <summary>
    /// Listens to the Crewline instruments of the fixture's two instances (by their meter factories):
    /// counters summed over both (either dispatcher may publish a row, either may consume a message),
    /// gauges of the first (both read the same table).
    /// </summary>
    private sealed class InstanceMetrics : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, double> _totals = new();
        private readonly ConcurrentDictionary<string, double> _observed = new();

        public InstanceMetrics(IMeterFactory meters, IMeterFactory secondMeters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name != ServiceDefaults.Telemetry.TelemetrySetup.CrewlineSource) return;
                if (ReferenceEquals(instrument.Meter.Scope, meters) || ReferenceEquals(instrument.Meter.Scope, secondMeters))
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                if (instrument is ObservableGauge<long>)
                {
                    if (ReferenceEquals(instrument.Meter.Scope, meters)) _observed[instrument.Name] = value;
                    return;
                }
                _totals.AddOrUpdate(instrument.Name, value, (_, v) => v + value);
                foreach (var tag in tags)
                    if (tag.Key == "messaging.message.type")
                        _totals.AddOrUpdate($"{instrument.Name}|{tag.Value}", value, (_, v) => v + value);
            });
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, meters)) _observed[instrument.Name] = value;
            });
            _listener.Start();
        }

        public double Total(string instrument) => _totals.GetValueOrDefault(instrument);

        /// <summary>The sum of a counter's measurements tagged with one message type.</summary>
        public double TotalFor(string instrument, string messageType) => _totals.GetValueOrDefault($"{instrument}|{messageType}");


        /// <summary>Collects the observable gauges now and returns the value of one.</summary>
        public double Observe(string instrument)
        {
            _listener.RecordObservableInstruments();
            return _observed.GetValueOrDefault(instrument, -1);
        }

        public void Dispose() => _listener.Dispose();
    }
}
