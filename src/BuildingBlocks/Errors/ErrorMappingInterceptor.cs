using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crewline.BuildingBlocks.Errors;

/// <summary>
/// Turns the errors handlers raise on purpose into gRPC statuses (with field violations for
/// bad input, as google.rpc.BadRequest details; unmet conditions of a broken rule, as
/// google.rpc.PreconditionFailure details), so every service answers errors alike.
/// </summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ToRpcException(ex) is { } rpc)
        {
            logger.LogInformation("{Method} answered {Status}: {Message}", context.Method, rpc.StatusCode, rpc.Status.Detail);
            throw rpc;
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Unexpected(ex, context);
        }
    }

    /// <summary>The same mapping for server streams (e.g. live updates); a stream the caller cancelled ends quietly.</summary>
    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ToRpcException(ex) is { } rpc)
        {
            logger.LogInformation("{Method} answered {Status}: {Message}", context.Method, rpc.StatusCode, rpc.Status.Detail);
            throw rpc;
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Unexpected(ex, context);
        }
    }

    public static RpcException? ToRpcException(Exception ex) => ex switch
    {
        ValidationException v => BadRequest(v),
        NotFoundException => Plain(StatusCode.NotFound, ex.Message),
        RuleViolationException r => PreconditionFailed(r),
        PermissionDeniedException => Plain(StatusCode.PermissionDenied, ex.Message),
        ConflictException => Plain(StatusCode.AlreadyExists, ex.Message),
        Concurrency.ConcurrentEditException => Plain(StatusCode.Aborted, ex.Message),
        DbUpdateConcurrencyException => Plain(StatusCode.Aborted, "The record was changed by someone else; read it again and retry."),
        _ when TransientFailures.IsTransient(ex) => Overload.RetryHint.DependencyUnavailable(),
        _ => null,
    };

    /// <summary>A fault nobody raised on purpose: logged in full, answered Internal without its internals.</summary>
    private RpcException Unexpected(Exception ex, ServerCallContext context)
    {
        if (ex is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
            return Plain(StatusCode.Cancelled, "The call was cancelled.");
        logger.LogError(ex, "{Method} failed unexpectedly", context.Method);
        return Plain(StatusCode.Internal, "An internal error occurred; it has been logged.");
    }

    private static RpcException Plain(StatusCode code, string message) => new(new Grpc.Core.Status(code, message));

    private static RpcException PreconditionFailed(RuleViolationException r)
    {
        var details = new PreconditionFailure();
        details.Violations.AddRange(r.Violations.Select(v =>
            new PreconditionFailure.Types.Violation { Type = v.RuleId, Subject = v.Subject, Description = v.Description }));
        return new Google.Rpc.Status { Code = (int)Code.FailedPrecondition, Message = r.Message, Details = { Any.Pack(details) } }.ToRpcException();
    }

    private static RpcException BadRequest(ValidationException v)
    {
        var details = new BadRequest();
        details.FieldViolations.AddRange(v.Violations.Select(f =>
            new BadRequest.Types.FieldViolation { Field = f.Field, Description = f.Description }));
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = v.Message,
            Details = { Any.Pack(details) },
        };
        return status.ToRpcException();
    }
}
