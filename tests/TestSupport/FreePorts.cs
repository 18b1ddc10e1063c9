using System.Net;
using System.Net.Sockets;

namespace Crewline.TestSupport;

/// <summary>
/// Finds free TCP ports on 127.0.0.1 in 20000-26999: below Linux's ephemeral range (32768-60999),
/// so no client connection of this or another process takes a server's port as its source port
/// and a stopped server can always bind its port again; and below the local-mode defaults of
/// <c>bash scripts/run.sh</c> (27432, 27672-27674). The search starts at a random port and every
/// candidate is bind-tested; a found block is reserved by a lock file held until the lease is
/// disposed, so test processes running side by side never pick the same ports.
/// </summary>
public static class FreePorts
{
    public const int RangeStart = 20000;
    public const int RangeEnd = 26999;

    private static readonly string LockDirectory = Path.Combine(Path.GetTempPath(), "crewline-tests", "port-locks");

    /// <summary>Reserves <paramref name="count"/> consecutive free ports; the lease's <see cref="PortLease.Port"/> is the first.</summary>
    public static PortLease Reserve(int count = 1)
    {
        Directory.CreateDirectory(LockDirectory);
        var span = RangeEnd - RangeStart + 1 - count;
        var start = Random.Shared.Next(span);
        for (var i = 0; i < span; i++)
        {
            var port = RangeStart + (start + i) % span;
            var locks = new List<FileStream>();
            foreach (var p in Enumerable.Range(port, count))
            {
                if (TryLock(p) is not { } lockFile) break;
                locks.Add(lockFile);
            }
            if (locks.Count == count && Enumerable.Range(port, count).All(IsFree)) return new PortLease(port, locks);
            locks.ForEach(l => l.Dispose());
        }
        throw new InvalidOperationException($"No {count} consecutive free TCP ports in {RangeStart}-{RangeEnd} on 127.0.0.1.");
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            listener.Listen();
        }
        catch (SocketException)
        {
            return false;
        }
        // A server that listens on 0.0.0.0 (e.g. Erlang distribution) leaves loopback bindable on Linux.
        try
        {
            using var any = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            any.Bind(new IPEndPoint(IPAddress.Any, port));
            any.Listen();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Whether something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> AcceptsAsync(int port, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static FileStream? TryLock(int port)
    {
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix: held across processes.
            return new FileStream(Path.Combine(LockDirectory, $"{port}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>A reserved block of ports, kept until disposed.</summary>
public sealed class PortLease(int port, IReadOnlyList<FileStream> locks) : IDisposable
{
    public int Port { get; } = port;

    public void Dispose()
    {
        foreach (var l in locks) l.Dispose();
    }
}
