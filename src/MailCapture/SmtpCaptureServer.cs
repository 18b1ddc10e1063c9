using SmtpServer;

namespace Crewline.MailCapture;

/// <summary>
/// An SMTP server (the SmtpServer library) on one port of the loopback interface that stores what it
/// receives in a <see cref="CapturedMailStore"/>. Start and stop it as often as needed (a stopped server
/// refuses connections: "the relay is down").
/// </summary>
public sealed class SmtpCaptureServer(int port, CapturedMailStore store) : IAsyncDisposable
{
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    public int Port { get; } = port;

    public CapturedMailStore Store { get; } = store;

    public bool IsRunning => _server is not null;

    public Task StartAsync()
    {
        if (_server is not null) return Task.CompletedTask;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("crewline-mail-capture")
            .Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(Store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
        return WaitUntilListeningAsync();
    }

    public async Task StopAsync()
    {
        if (_server is null) return;
        _server.Shutdown();
        await _server.ShutdownTask;
        if (_running is not null) await _running;
        _server = null;
        _running = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>The listener binds asynchronously: wait until a TCP connection is accepted (or the server faulted).</summary>
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
