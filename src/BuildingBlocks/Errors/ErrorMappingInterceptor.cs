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
    }

    public static RpcException? ToRpcException(Exception ex) => ex switch
    {
        ValidationException v => BadRequest(v),
        NotFoundException => Plain(StatusCode.NotFound, ex.Message),
        RuleViolationException r => PreconditionFailed(r),
        PermissionDeniedException => Plain(StatusCode.PermissionDenied, ex.Message),
        ConflictException => Plain(StatusCode.AlreadyExists, ex.Message),
        DbUpdateConcurrencyException => Plain(StatusCode.Aborted, "The record was changed by someone else; read it again and retry."),
        _ => null,
    };

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
