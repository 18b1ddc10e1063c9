using System.Diagnostics;
using System.Globalization;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Reporting.Projections;

/// <summary>
/// The <c>replay</c> verb of the Reporting executable (<c>dotnet Crewline.Reporting.dll replay
/// [--batch N]</c>): empties every <see cref="IReplayableStore"/>, then re-applies the event log in
/// sequence order, a batch at a time, through the same projectors as live processing
/// (<see cref="ProjectionContext.IsReplay"/> true), printing events done/total and the rate.
/// Run it with the service stopped: live events would interleave with the replay.
/// </summary>
public static class ReplayCommand
{
    public const string Verb = "replay";
    private const int DefaultBatch = 500;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Verb;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var batch = args.Length == 3 && args[1] == "--batch" && int.TryParse(args[2], CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : args.Length == 1 ? DefaultBatch : -1;
        if (batch < 0)
        {
            await output.WriteLineAsync("usage: replay [--batch N]");
            return 2;
        }

        long total;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var store in scope.ServiceProvider.GetServices<IReplayableStore>())
                await store.ResetAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            total = await db.Set<EventLogEntry>().IgnoreQueryFilters().LongCountAsync(cancellationToken);
        }
        await output.WriteLineAsync($"replay: read models emptied; {total} events to apply.");

        var clock = Stopwatch.StartNew();
        long done = 0, after = 0;
        while (true)
        {
            List<EventLogEntry> entries;
            await using (var scope = services.CreateAsyncScope())
            {
                entries = await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Set<EventLogEntry>().IgnoreQueryFilters().AsNoTracking()
                    .Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(batch).ToListAsync(cancellationToken);
            }
            if (entries.Count == 0) break;
            foreach (var entry in entries) await ApplyOneAsync(services, entry, cancellationToken);
            done += entries.Count;
            after = entries[^1].Sequence;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"replay: {done}/{total} events ({done / Math.Max(clock.Elapsed.TotalSeconds, 0.001):F0} events/s)"));
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"replay: done, {done} events in {clock.Elapsed.TotalSeconds:F1} s."));
        return 0;
    }

    /// <summary>One event in a unit of work of its own org, in one transaction.</summary>
    private static async Task ApplyOneAsync(IServiceProvider services, EventLogEntry entry, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(entry.OrgId);
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ProjectionPipeline>().ApplyLoggedAsync(entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
