using System.Net.Sockets;
using Crewline.BuildingBlocks.Errors;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using RabbitMQ.Client.Exceptions;

namespace Crewline.BuildingBlocks.Tests;

/// <summary>A database or broker that is briefly gone answers Unavailable (retryable), never Unknown.</summary>
public sealed class TransientFailureMappingTests
{
    public static TheoryData<string, Exception> TransientFailures => new()
    {
        { "PostgreSQL refused the connection", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "PostgreSQL is shutting down (57P01)", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown) },
        { "PostgreSQL is starting up (57P03)", new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow) },
        { "EF's retries ran out", new RetryLimitExceededException("Maximum number of retries (6) exceeded", new NpgsqlException("reset", new IOException("reset"))) },
        { "EF wrapped a transient failure in an update", new DbUpdateException("save failed", new NpgsqlException("reset", new IOException("reset"))) },
        { "EF wrapped a transient failure without a strategy", new InvalidOperationException("likely due to a transient failure", new NpgsqlException("timeout", new TimeoutException()))},
        { "a timeout", new TimeoutException("The operation has timed out.") },
        { "RabbitMQ is unreachable", new BrokerUnreachableException(new IOException("connection refused")) },
        { "MassTransit lost its broker connection", new MassTransit.ConnectionException("RabbitMQ connection failed") },
        { "several failures, one of them transient", new AggregateException(new ArgumentException("x"), new TimeoutException()) },
    };

    [Theory]
    [MemberData(nameof(TransientFailures))]
    public void A_transient_server_failure_is_Unavailable(string what, Exception failure)
    {
        var rpc = ErrorMappingInterceptor.ToRpcException(failure);

        Assert.True(rpc is not null, $"{what} was not mapped");
        Assert.Equal(StatusCode.Unavailable, rpc.StatusCode);
        Assert.DoesNotContain("127.0.0.1", rpc.Status.Detail);
    }

    [Fact]
    public void A_permanent_database_error_is_not_called_transient()
    {
        var missingTable = new PostgresException("relation \"x\" does not exist", "ERROR", "ERROR", PostgresErrorCodes.UndefinedTable);
        var badSql = new DbUpdateException("save failed", missingTable);

        Assert.False(Errors.TransientFailures.IsTransient(missingTable));
        Assert.False(Errors.TransientFailures.IsTransient(badSql));
        Assert.Null(ErrorMappingInterceptor.ToRpcException(badSql));
    }
}
