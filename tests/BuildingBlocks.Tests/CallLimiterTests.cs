using Crewline.BuildingBlocks.Overload;
using Google.Rpc;
using Grpc.Core;

namespace Crewline.BuildingBlocks.Tests;

/// <summary>The limiter in front of every service call: a slot, a place in the queue, or a clean refusal with a retry hint.</summary>
public sealed class CallLimiterTests
{
    [Fact]
    public async Task Past_the_slots_and_the_queue_a_call_is_not_acquired_and_a_freed_slot_serves_the_oldest_waiting_call()
    {
        using var limiter = new CallLimiter(new OverloadOptions { MaxConcurrentCalls = 1, QueueLimit = 1, MaxQueueWait = TimeSpan.FromMinutes(5) });

        var first = await limiter.AcquireAsync(CancellationToken.None);
        var waiting = limiter.AcquireAsync(CancellationToken.None).AsTask();
        var refused = await limiter.AcquireAsync(CancellationToken.None);

        Assert.True(first.IsAcquired);
        Assert.False(waiting.IsCompleted);
        Assert.False(refused.IsAcquired);
        first.Dispose();
        using var second = await waiting;
        Assert.True(second.IsAcquired);
    }

    [Fact]
    public async Task A_call_that_waited_its_longest_is_not_acquired_and_a_call_cancelled_by_its_caller_is_cancelled()
    {
        using var limiter = new CallLimiter(new OverloadOptions { MaxConcurrentCalls = 1, QueueLimit = 10, MaxQueueWait = TimeSpan.Zero });
        using var busy = await limiter.AcquireAsync(CancellationToken.None);

        using var timedOut = await limiter.AcquireAsync(CancellationToken.None);
        Assert.False(timedOut.IsAcquired);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.AcquireAsync(cancelled.Token).AsTask());
    }

    [Fact]
    public void Health_and_reflection_are_never_held_back_and_service_methods_are()
    {
        Assert.True(CallLimiter.IsExempt("/grpc.health.v1.Health/Check"));
        Assert.True(CallLimiter.IsExempt("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"));
        Assert.False(CallLimiter.IsExempt("/crewline.ownership.v1.OwnershipService/CreateProject"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_refusal_carries_RetryInfo_and_the_pushback_trailer(bool overloaded)
    {
        var rpc = overloaded ? RetryHint.Overloaded() : RetryHint.DependencyUnavailable();

        Assert.Equal(overloaded ? StatusCode.ResourceExhausted : StatusCode.Unavailable, rpc.StatusCode);
        var retry = rpc.GetRpcStatus()?.GetDetail<RetryInfo>();
        Assert.NotNull(retry);
        Assert.Equal(TimeSpan.FromSeconds(ServiceDefaults.Http.RetryAfterSetup.RetryAfterSeconds), retry.RetryDelay.ToTimeSpan());
        Assert.Equal("1000", rpc.Trailers.GetValue(RetryHint.PushbackTrailer));
    }
}
