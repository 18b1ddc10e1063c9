using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Crewline.Reporting.Features.Findings.Live;

/// <summary>
/// Fans live notifications out, in process, to the open WatchUpdates streams of their org. Each
/// subscription has a bounded queue: a stream too slow to keep up loses its oldest notifications,
/// never the server's memory.
/// </summary>
public sealed class LiveUpdateHub
{
    private const int QueueCapacity = 256;
    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();
    private volatile bool _listening;
    private int _listenSessions;

    /// <summary>True while the listener's connection is listening on the notification channel.</summary>
    public bool IsListening => _listening;

    /// <summary>How many times the listener has started listening (1 after start, one more per reconnection).</summary>
    public int ListenSessions => Volatile.Read(ref _listenSessions);

    internal void SetListening(bool listening)
    {
        if (listening) Interlocked.Increment(ref _listenSessions);
        _listening = listening;
    }

    /// <summary>Subscribes to the notifications of one org until the subscription is disposed.</summary>
    public Subscription Subscribe(Guid orgId)
    {
        var subscription = new Subscription(this, orgId, Channel.CreateBounded<LiveNotification>(
            new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true }));
        _subscriptions[subscription.Id] = subscription;
        return subscription;
    }

    /// <summary>Hands a notification to every subscription of its org.</summary>
    public void Publish(LiveNotification notification)
    {
        foreach (var subscription in _subscriptions.Values)
            if (subscription.OrgId == notification.OrgId) subscription.Queue.Writer.TryWrite(notification);
    }

    public sealed class Subscription(LiveUpdateHub hub, Guid orgId, Channel<LiveNotification> queue) : IDisposable
    {
        public Guid Id { get; } = Guid.NewGuid();
        public Guid OrgId { get; } = orgId;
        internal Channel<LiveNotification> Queue { get; } = queue;
        public ChannelReader<LiveNotification> Reader => Queue.Reader;

        public void Dispose()
        {
            hub._subscriptions.TryRemove(Id, out _);
            Queue.Writer.TryComplete();
        }
    }
}
