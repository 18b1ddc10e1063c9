using System.Collections.Concurrent;
using Grpc.Core;

namespace Crewline.Bench.Measurement;

/// <summary>Counts failed operations by gRPC status code, or by exception type for anything else.</summary>
public sealed class FailureCounter
{
    private readonly ConcurrentDictionary<string, long> _counts = new();

    public void Record(Exception exception)
    {
        var key = exception switch
        {
            RpcException rpc => rpc.StatusCode.ToString(),
            AggregateException { InnerException: { } inner } => inner is RpcException r ? r.StatusCode.ToString() : inner.GetType().Name,
            _ => exception.GetType().Name,
        };
        _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts);
}
