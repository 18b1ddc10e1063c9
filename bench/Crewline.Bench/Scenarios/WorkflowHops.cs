using Crewline.Bench.Measurement;
using Crewline.Bench.Results;
using Crewline.Bench.Suite;
using Crewline.Contracts;
using Npgsql;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Where a scope-change workflow's messages wait, read after the load from the services' own
/// tables (their wall-clock timestamps, one machine): for each hop, the sender's outbox row from
/// enqueued to dispatched (the broker confirmed it), then to the receiver's inbox record (its
/// consumer began); and for the change order, from ClientComms' consumer beginning to the copy
/// recorded delivered (the background sender's wake-up, SMTP send and record). Every workflow of
/// the scenario counts, warm-ups included.
/// </summary>
public static class WorkflowHops
{
    private sealed record Hop(string Event, string From, string To);

    private static readonly Hop[] Hops =
    [
        new("ChangeOrderIssued", ResourceNames.ScopeChanges, ResourceNames.ClientComms),
        new("ScopeChangeApproved", ResourceNames.ScopeChanges, ResourceNames.Ownership),
        new("ClientRespondedToChangeOrder", ResourceNames.ClientComms, ResourceNames.ScopeChanges),
        new("ScopeChangeAccepted", ResourceNames.ScopeChanges, ResourceNames.Ownership),
    ];

    private const string SentQuery =
        "SELECT coalesce(message_id, id), occurred_at, dispatched_at, payload->>'changeOrderId' FROM outbox_messages " +
        "WHERE message_type LIKE $1 AND destination IS NULL AND dispatched_at IS NOT NULL AND org_id = $2";

    private const string ConsumedQuery = "SELECT message_id, min(processed_at) FROM inbox_messages WHERE message_id = ANY($1) GROUP BY message_id";

    private const string DeliveredQuery =
        "SELECT m.change_order_id, max(d.delivered_at) FROM client_messages m JOIN deliveries d ON d.message_id = m.id " +
        "WHERE m.change_order_id = ANY($1) AND d.delivered_at IS NOT NULL GROUP BY m.change_order_id";

    public static async Task<Table> MeasureAsync(BenchSuite suite, Guid orgId, CancellationToken cancellationToken)
    {
        var table = new Table("Where the messages wait (from the services' tables, every workflow of the scenario)",
            "hop", "stage", "p50 ms", "p99 ms", "messages");
        foreach (var hop in Hops)
        {
            var sent = await SentAsync(suite.DatabaseOf(hop.From), hop.Event, orgId, cancellationToken);
            var consumed = await ConsumedAsync(suite.DatabaseOf(hop.To), [.. sent.Select(s => s.MessageId)], cancellationToken);
            var name = $"{hop.Event} ({hop.From} → {hop.To})";
            Row(table, name, "enqueued → dispatched (sender's outbox)", sent.Select(s => (s.Dispatched - s.Enqueued).TotalMilliseconds));
            Row(table, name, "dispatched → consumer began (receiver's inbox)",
                sent.Where(s => consumed.ContainsKey(s.MessageId)).Select(s => (consumed[s.MessageId] - s.Dispatched).TotalMilliseconds));
            if (hop.Event != "ChangeOrderIssued") continue;
            var orders = sent.Where(s => s.ChangeOrderId is not null && consumed.ContainsKey(s.MessageId)).ToList();
            var delivered = await DeliveredAsync(suite.DatabaseOf(hop.To), [.. orders.Select(s => s.ChangeOrderId!.Value)], cancellationToken);
            Row(table, name, "consumer began → delivered (ClientComms' sender: wake, SMTP, record)",
                orders.Where(s => delivered.ContainsKey(s.ChangeOrderId!.Value))
                    .Select(s => (delivered[s.ChangeOrderId!.Value] - consumed[s.MessageId]).TotalMilliseconds));
        }
        return table;
    }

    private static void Row(Table table, string hop, string stage, IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToList();
        table.Row(hop, stage, Format.Number(Percentiles.Of(sorted, 50)), Format.Number(Percentiles.Of(sorted, 99)), sorted.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed record Sent(Guid MessageId, DateTimeOffset Enqueued, DateTimeOffset Dispatched, Guid? ChangeOrderId);

    private static async Task<List<Sent>> SentAsync(string database, string eventName, Guid orgId, CancellationToken cancellationToken)
    {
        await using var source = NpgsqlDataSource.Create(database);
        await using var command = source.CreateCommand(SentQuery);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"%.{eventName},%" });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = orgId });
        var rows = new List<Sent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new Sent(reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : Guid.Parse(reader.GetString(3))));
        return rows;
    }

    private static async Task<Dictionary<Guid, DateTimeOffset>> ConsumedAsync(string database, Guid[] messageIds, CancellationToken cancellationToken) =>
        await PairsAsync(database, ConsumedQuery, messageIds, cancellationToken);

    private static async Task<Dictionary<Guid, DateTimeOffset>> DeliveredAsync(string database, Guid[] changeOrderIds, CancellationToken cancellationToken) =>
        await PairsAsync(database, DeliveredQuery, changeOrderIds, cancellationToken);

    private static async Task<Dictionary<Guid, DateTimeOffset>> PairsAsync(string database, string query, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var source = NpgsqlDataSource.Create(database);
        await using var command = source.CreateCommand(query);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
        var pairs = new Dictionary<Guid, DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) pairs[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        return pairs;
    }
}
