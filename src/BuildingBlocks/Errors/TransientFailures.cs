using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using RabbitMQ.Client.Exceptions;

namespace Crewline.BuildingBlocks.Errors;

/// <summary>
/// Failures of a server the service depends on that a retry a moment later can cure: the
/// database or broker restarting, unreachable or too slow. They answer <c>Unavailable</c>
/// (REST 503 with Retry-After), never <c>Unknown</c>.
/// </summary>
public static class TransientFailures
{
    /// <summary>Whether <paramref name="ex"/> or any exception it wraps is a transient server failure.</summary>
    public static bool IsTransient(Exception ex) => Chain(ex).Any(IsTransientItself);

    private static bool IsTransientItself(Exception ex) => ex switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        RetryLimitExceededException => true, // EF's retrying execution strategy gave up on transient errors
        TimeoutException => true,
        SocketException => true,
        MassTransit.ConnectionException => true,
        BrokerUnreachableException or AlreadyClosedException or ConnectFailureException => true,
        _ => false,
    };

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        var pending = new Stack<Exception>([ex]);
        var seen = 0;
        while (pending.TryPop(out var current) && seen++ < 32)
        {
            yield return current;
            if (current is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions) pending.Push(inner);
            else if (current.InnerException is { } inner)
                pending.Push(inner);
        }
    }
}
