using Crewline.BuildingBlocks.Errors;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crewline.BuildingBlocks.Tests;

public sealed class ErrorMappingInterceptorTests
{
    [Fact]
    public void A_validation_error_is_InvalidArgument_with_a_BadRequest_detail_naming_every_field()
    {
        var rpc = ErrorMappingInterceptor.ToRpcException(new ValidationException(
        [
            new FieldViolation("name", "must not be empty"),
            new FieldViolation("type", "must be one of Film"),
        ]));

        Assert.NotNull(rpc);
        Assert.Equal(StatusCode.InvalidArgument, rpc.StatusCode);
        var status = rpc.GetRpcStatus();
        Assert.NotNull(status);
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        var badRequest = status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(
            [("name", "must not be empty"), ("type", "must be one of Film")],
            badRequest.FieldViolations.Select(f => (f.Field, f.Description)));
        Assert.Contains("name: must not be empty", rpc.Status.Detail);
    }

    [Fact]
    public void Not_found_is_NotFound_naming_the_thing()
    {
        var rpc = ErrorMappingInterceptor.ToRpcException(new NotFoundException("Project", "p-1"));
        Assert.NotNull(rpc);
        Assert.Equal(StatusCode.NotFound, rpc.StatusCode);
        Assert.Contains("Project 'p-1'", rpc.Status.Detail);
        Assert.Null(rpc.GetRpcStatus()?.GetDetail<BadRequest>());
    }

    [Fact]
    public void A_rule_violation_is_FailedPrecondition_whose_message_starts_with_the_rule_id()
    {
        var rpc = ErrorMappingInterceptor.ToRpcException(new RuleViolationException("R-COMM-2", "one point of contact"));
        Assert.NotNull(rpc);
        Assert.Equal(StatusCode.FailedPrecondition, rpc.StatusCode);
        Assert.StartsWith("[R-COMM-2]", rpc.Status.Detail);
        var violation = Assert.Single(rpc.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations);
        Assert.Equal(("R-COMM-2", "one point of contact"), (violation.Type, violation.Description));
    }

    [Fact]
    public void Every_unmet_condition_of_a_rule_violation_is_a_PreconditionFailure_violation_typed_by_its_rule_id()
    {
        var rpc = ErrorMappingInterceptor.ToRpcException(new RuleViolationException("R-KICK-1", "cannot leave kickoff",
        [
            new PreconditionViolation("R-KICK-1", "spoc", "The SPOC is not named."),
            new PreconditionViolation("R-KICK-2", "kickoff-step:brief-walked-through", "Kickoff step not done."),
        ]));

        Assert.NotNull(rpc);
        Assert.Equal(StatusCode.FailedPrecondition, rpc.StatusCode);
        var failure = rpc.GetRpcStatus()?.GetDetail<PreconditionFailure>();
        Assert.NotNull(failure);
        Assert.Equal(
            [("R-KICK-1", "spoc", "The SPOC is not named."), ("R-KICK-2", "kickoff-step:brief-walked-through", "Kickoff step not done.")],
            failure.Violations.Select(v => (v.Type, v.Subject, v.Description)));
    }

    [Fact]
    public void Permission_denied_is_PermissionDenied()
    {
        var rpc = ErrorMappingInterceptor.ToRpcException(new PermissionDeniedException("only the producer"));
        Assert.NotNull(rpc);
        Assert.Equal(StatusCode.PermissionDenied, rpc.StatusCode);
        Assert.Equal("only the producer", rpc.Status.Detail);
    }

    [Fact]
    public void A_conflict_is_AlreadyExists()
    {
        var rpc = ErrorMappingInterceptor.ToRpcException(new ConflictException("already there"));
        Assert.NotNull(rpc);
        Assert.Equal(StatusCode.AlreadyExists, rpc.StatusCode);
        Assert.Equal("already there", rpc.Status.Detail);
    }

    [Fact]
    public void A_concurrency_conflict_is_Aborted()
    {
        var rpc = ErrorMappingInterceptor.ToRpcException(new DbUpdateConcurrencyException("changed"));
        Assert.NotNull(rpc);
        Assert.Equal(StatusCode.Aborted, rpc.StatusCode);
    }

    [Fact]
    public void An_unexpected_exception_is_not_mapped()
    {
        Assert.Null(ErrorMappingInterceptor.ToRpcException(new InvalidOperationException("bug")));
    }

    [Fact]
    public async Task The_interceptor_answers_a_handler_error_with_its_status_and_an_unexpected_one_with_internal()
    {
        var interceptor = new ErrorMappingInterceptor(NullLogger<ErrorMappingInterceptor>.Instance);
        var context = new FakeServerCallContext();

        var mapped = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<string, string>(
            "request", context, (_, _) => throw new ValidationException("name", "must not be empty")));
        Assert.Equal(StatusCode.InvalidArgument, mapped.StatusCode);
        Assert.Equal("name", Assert.Single(mapped.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations).Field);

        var bug = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<string, string>(
            "request", context, (_, _) => throw new InvalidOperationException("secret table name")));
        Assert.Equal(StatusCode.Internal, bug.StatusCode);
        Assert.DoesNotContain("secret", bug.Status.Detail);

        Assert.Equal("ok", await interceptor.UnaryServerHandler<string, string>("request", context, (_, _) => Task.FromResult("ok")));
    }

    private sealed class FakeServerCallContext : ServerCallContext
    {
        protected override string MethodCore => "/test.Service/Method";
        protected override string HostCore => "localhost";
        protected override string PeerCore => "ipv4:127.0.0.1:1";
        protected override DateTime DeadlineCore => DateTime.MaxValue;
        protected override Metadata RequestHeadersCore { get; } = [];
        protected override CancellationToken CancellationTokenCore => CancellationToken.None;
        protected override Metadata ResponseTrailersCore { get; } = [];
        protected override Grpc.Core.Status StatusCore { get; set; }
        protected override WriteOptions? WriteOptionsCore { get; set; }
        protected override AuthContext AuthContextCore { get; } = new(null, []);
        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();
        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
