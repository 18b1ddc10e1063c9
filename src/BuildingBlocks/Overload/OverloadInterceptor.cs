using System.Threading.RateLimiting;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Crewline.BuildingBlocks.Overload;

/// <summary>
/// Past capacity a service refuses cleanly instead of failing somewhere deep (the database pool,
/// a timeout): at most <see cref="OverloadOptions.MaxConcurrentCalls"/> calls run at once, up to
/// <see cref="OverloadOptions.QueueLimit"/> wait in order for at most
/// <see cref="OverloadOptions.MaxQueueWait"/>, and any further call is answered
/// <c>ResourceExhausted</c> with a retry hint (<see cref="RetryHint"/>) before it has read or changed
/// anything. Health and reflection calls are never held back. One limiter per process, shared by
/// every gRPC service (and so by REST through transcoding).
/// </summary>
public sealed class OverloadInterceptor(CallLimiter limiter, ILogger<OverloadInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (CallLimiter.IsExempt(context.Method)) return await continuation(request, context);
        using var lease = await limiter.AcquireAsync(context.CancellationToken);
        if (!lease.IsAcquired)
        {
            logger.LogDebug("{Method} refused: the service is at capacity", context.Method);
            throw RetryHint.Overloaded();
        }
        return await continuation(request, context);
    }
}

/// <summary>The process's one concurrency limiter (see <see cref="OverloadInterceptor"/>).</summary>
public sealed class CallLimiter(OverloadOptions options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.MaxConcurrentCalls,
        QueueLimit = options.QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Health and reflection: cheap, and what tells the gateway and the AppHost the service is alive.</summary>
    public static bool IsExempt(string method) =>
        method.StartsWith("/grpc.health.", StringComparison.Ordinal) || method.StartsWith("/grpc.reflection.", StringComparison.Ordinal);

    /// <summary>A slot, or a lease that is not acquired when the queue is full or the wait took too long.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken callCancelled)
    {
        callCancelled.ThrowIfCancellationRequested();
        var free = _limiter.AttemptAcquire();
        if (free.IsAcquired || options.MaxQueueWait == TimeSpan.Zero) return free;
        free.Dispose();
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(callCancelled);
        wait.CancelAfter(options.MaxQueueWait);
        try
        {
            return await _limiter.AcquireAsync(1, wait.Token);
        }
        catch (OperationCanceledException) when (!callCancelled.IsCancellationRequested)
        {
            return NotAcquired.Instance;
        }
    }

    public void Dispose() => _limiter.Dispose();

    private sealed class NotAcquired : RateLimitLease
    {
        public static readonly NotAcquired Instance = new();
        public override bool IsAcquired => false;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
