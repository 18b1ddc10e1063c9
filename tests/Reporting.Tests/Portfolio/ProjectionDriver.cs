using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Infrastructure;
using Crewline.Reporting.Projections;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Reporting.Tests.Portfolio;

/// <summary>Publishes events to the reporting service as the other services would, and reads its read models back.</summary>
public sealed class ProjectionDriver(ReportingFixture fixture)
{
    /// <summary>The read-model tables a replay rebuilds, each with its key order.</summary>
    public static readonly (string Table, string Order)[] ReadModelTables =
    [
        ("project_summaries", "project_id"), ("org_portfolios", "org_id"), ("rm_plan_items", "item_id"),
        ("rm_matrix_rows", "project_id, function_key"), ("rm_scope_changes", "change_request_id"), ("rm_decisions", "decision_id"),
        ("rm_invoices", "invoice_id"), ("rm_project_facts", "project_id, kind, key"),
    ];

    /// <summary>Publishes each event under a new message id, in order, and waits until all are applied (logged).</summary>
    public async Task<IReadOnlyList<Guid>> PublishAsync(IEnumerable<object> events)
    {
        var ids = new List<Guid>();
        foreach (var e in events)
        {
            var id = NewId.NextGuid();
            ids.Add(id);
            await fixture.Bus.Publish(e, ctx => ctx.MessageId = id);
        }
        await Eventually.Until(async () => await LoggedCountAsync(ids) == ids.Count);
        return ids;
    }

    /// <summary>Publishes an event again under a message id already handled, and waits until the service has received the copy.</summary>
    public async Task RedeliverAsync(object e, Guid messageId)
    {
        var before = fixture.Received.Count(messageId);
        await fixture.Bus.Publish(e, ctx => ctx.MessageId = messageId);
        await Eventually.Until(() => Task.FromResult(fixture.Received.Count(messageId) > before));
    }

    public Task<int> LoggedCountAsync(IReadOnlyCollection<Guid> messageIds) => fixture.Service.InScopeAsync(null, sp =>
        sp.GetRequiredService<ReportingDbContext>().Set<EventLogEntry>().IgnoreQueryFilters().CountAsync(e => messageIds.Contains(e.MessageId)));

    /// <summary>Every read-model table as JSON rows in key order.</summary>
    public Task<Dictionary<string, string>> SnapshotAsync() => fixture.Service.InScopeAsync(null, async sp =>
    {
        var db = sp.GetRequiredService<ReportingDbContext>();
        var snapshot = new Dictionary<string, string>();
        foreach (var (table, order) in ReadModelTables)
        {
            // Table and column names come from the constant list above, never from input.
            var sql = "SELECT coalesce(json_agg(t ORDER BY " + order + ")::text, '[]') AS \"Value\" FROM " + table + " t";
            snapshot[table] = await db.Database.SqlQueryRaw<string>(sql).SingleAsync();
        }
        return snapshot;
    });

    /// <summary>An org admin of <paramref name="org"/> and a PortfolioService client acting as them.</summary>
    public async Task<PortfolioService.PortfolioServiceClient> AdminOfAsync(Guid org, string subject = "ops-lee")
    {
        await fixture.Members.PersonAsync(org, subject, admin: true);
        return Client(fixture.Service.TokenFor(subject, org));
    }

    public PortfolioService.PortfolioServiceClient Client(string? token) => new(fixture.Service.CreateChannel(token));
}
