using System.Buffers;
using System.Diagnostics;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Crewline.Bench.Mail;

/// <summary>
/// The harness's own SMTP capture server (the SmtpServer library, as src/MailCapture uses it), in
/// the harness's process on a free loopback port: ClientComms' relay points at it, so the bench
/// never sends real mail. It keeps no bodies: only when each message was accepted (on the
/// harness's clock), by envelope recipient and by subject (<see cref="ArrivalLog"/>). The moment
/// recorded is when the server has the whole message and answers 250, which is when the sender's
/// SMTP send completes.
/// </summary>
public sealed partial class MailSink : MessageStore, IAsyncDisposable
{
    private readonly Stopwatch _clock;
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    public MailSink(int port, Stopwatch clock)
    {
        Port = port;
        _clock = clock;
    }

    public int Port { get; }

    /// <summary>Arrivals by envelope recipient (RCPT TO).</summary>
    public ArrivalLog ByRecipient { get; } = new();

    /// <summary>Arrivals by the Subject header as the sender's caller wrote it (<see cref="SubjectKey"/>).</summary>
    public ArrivalLog BySubject { get; } = new();

    public async Task StartAsync()
    {
        if (_server is not null) return;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("crewline-bench-sink")
            .Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(this);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
        await WaitUntilListeningAsync();
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var at = _clock.Elapsed;
        using var stream = new MemoryStream(buffer.ToArray());
        var headers = await HeaderList.LoadAsync(stream, cancellationToken);
        BySubject.Record(SubjectKey(headers[HeaderId.Subject] ?? ""), at);
        foreach (var to in transaction.To) ByRecipient.Record($"{to.User}@{to.Host}", at);
        return SmtpResponse.Ok;
    }

    /// <summary>
    /// The subject as the message's author wrote it: ClientComms appends its reply token,
    /// <c>" [ref:&lt;token&gt;]"</c>, to every subject it sends (the fallback for threading replies).
    /// </summary>
    public static string SubjectKey(string subject) => ReplyTokenTag().Replace(subject, "");

    [GeneratedRegex(@"\s*\[ref:[^\]]*\]\s*$")]
    private static partial Regex ReplyTokenTag();

    public async ValueTask DisposeAsync()
    {
        if (_server is null) return;
        _server.Shutdown();
        await _server.ShutdownTask;
        if (_running is not null) await _running;
        _server = null;
    }

    /// <summary>The listener binds asynchronously: wait until it accepts a TCP connection (or the server faulted).</summary>
    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_running is { IsFaulted: true }) await _running;
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, Port);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }
}
