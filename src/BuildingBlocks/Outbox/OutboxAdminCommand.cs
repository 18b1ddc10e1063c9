using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>
/// The <c>outbox</c> verb of every service executable, run with the service's own configuration
/// (its database connection string) instead of starting the service:
/// <code>
/// outbox list-dead [--limit N]      dead rows: message id, type, ordering key, occurred, died, attempts, last error
/// outbox requeue &lt;message-id&gt;...   re-queue these dead rows (fresh attempts, due at once)
/// outbox requeue --all              re-queue every dead row
/// </code>
/// A running dispatcher of the service picks re-queued rows up on its next poll.
/// </summary>
public static class OutboxAdminCommand
{
    public const string Verb = "outbox";
    private const int DefaultLimit = 100;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Verb;

    /// <summary>Runs the command; returns the process exit code (0 done, 2 usage error).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var admin = ActivatorUtilities.CreateInstance<OutboxAdmin>(scope.ServiceProvider);
        switch (args.Skip(1).FirstOrDefault())
        {
            case "list-dead" when ParseLimit(args.Skip(2).ToArray()) is { } limit:
                var dead = await admin.ListDeadAsync(limit, cancellationToken);
                await output.WriteLineAsync("message_id\tmessage_type\tordering_key\toccurred_at\tdead_at\tattempts\tlast_error");
                foreach (var m in dead)
                    await output.WriteLineAsync(string.Join('\t', m.MessageId, m.MessageType, m.OrderingKey ?? "-",
                        m.OccurredAt.ToString("O", CultureInfo.InvariantCulture), m.DeadAt.ToString("O", CultureInfo.InvariantCulture),
                        m.Attempts, OneLine(m.LastError)));
                await output.WriteLineAsync($"{dead.Count} dead message(s) listed.");
                return 0;
            case "requeue" when args.Length == 3 && args[2] == "--all":
                await output.WriteLineAsync($"{await admin.RequeueAsync(null, cancellationToken)} dead message(s) re-queued.");
                return 0;
            case "requeue" when args.Length > 2 && args.Skip(2).All(a => Guid.TryParse(a, out _)):
                var ids = args.Skip(2).Select(Guid.Parse).ToList();
                var requeued = await admin.RequeueAsync(ids, cancellationToken);
                await output.WriteLineAsync($"{requeued} of {ids.Count} dead message(s) re-queued.");
                return 0;
            default:
                await output.WriteLineAsync("""
                    usage: outbox list-dead [--limit N]
                           outbox requeue <message-id> [<message-id>...]
                           outbox requeue --all
                    """);
                return 2;
        }
    }

    private static int? ParseLimit(string[] rest) => rest switch
    {
        [] => DefaultLimit,
        ["--limit", var n] when int.TryParse(n, CultureInfo.InvariantCulture, out var limit) && limit > 0 => limit,
        _ => null,
    };

    private static string OneLine(string? text) => text is null ? "-" : text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
