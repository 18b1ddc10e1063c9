using System.Collections.Concurrent;
using System.Diagnostics;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Ledger;
using Crewline.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Crewline.Ownership.Tests.Plan;

/// <summary>The overdue-invoice scan runs every pass: a pass that finds nothing makes no database span.</summary>
[Collection(OwnershipCollection.Name)]
public sealed class OverdueScanTracingTests(OwnershipFixture fixture)
{
    private const string NoticesTable = "invoice_overdue_notices";

    [Fact]
    public async Task A_scan_that_finds_nothing_makes_no_span_and_reporting_a_found_invoice_does()
    {
        var spans = new SpanCollector();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource("Npgsql").AddProcessor(spans).Build();
        var scanner = fixture.Service.Services.GetServices<IHostedService>().OfType<OverdueInvoiceScanner>().Single();
        while (await scanner.ScanOnceAsync(CancellationToken.None) > 0) { } // what earlier tests left overdue
        var before = NoticeSpans(spans).Count;

        for (var i = 0; i < 3; i++) Assert.Equal(0, await scanner.ScanOnceAsync(CancellationToken.None));

        Assert.Equal(before, NoticeSpans(spans).Count);

        // Control: an overdue invoice is reported (by this pass, or the background scan just before it),
        // and that work does make spans on the notices table, which this count sees.
        var plans = new PlanProjects(fixture);
        var project = await plans.NewProjectAsync();
        var received = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-60);
        await plans.Ledger(project, "producer-sam").ReceiveVendorInvoiceAsync(new ReceiveVendorInvoiceRequest
        {
            ProjectId = project.ProjectId.ToString(), VendorName = "Lighting rental", PaymentTermsDays = 30,
            Amount = new Google.Type.Money { CurrencyCode = "EUR", Units = 4_200 },
            ReceivedOn = new Google.Type.Date { Year = received.Year, Month = received.Month, Day = received.Day },
        });
        await scanner.ScanOnceAsync(CancellationToken.None);
        Assert.True(NoticeSpans(spans).Count > before, "reporting an overdue invoice made no span on the notices table: the check above proves nothing");
    }

    /// <summary>Database spans of this fixture's database whose statement touches the overdue notices.</summary>
    private List<Activity> NoticeSpans(SpanCollector spans) => spans.Ended
        .Where(s => Tagged(s, fixture.Service.DatabaseName) && Tagged(s, NoticesTable))
        .ToList();

    private static bool Tagged(Activity span, string text) =>
        span.DisplayName.Contains(text, StringComparison.Ordinal)
        || span.TagObjects.Any(t => t.Value?.ToString()?.Contains(text, StringComparison.Ordinal) == true);

    private sealed class SpanCollector : BaseProcessor<Activity>
    {
        private readonly ConcurrentQueue<Activity> _ended = new();

        public IReadOnlyList<Activity> Ended => [.. _ended];

        public override void OnEnd(Activity data)
        {
            if (data.Recorded) _ended.Enqueue(data);
        }
    }
}
