using Crewline.MailCapture;

namespace Crewline.TestSupport;

/// <summary>
/// The SMTP capture server (src/MailCapture) in the test process, on a free loopback port: tests
/// assert on what ARRIVED. Stop it to take "the relay" down and start it again on the same port.
/// </summary>
public sealed class LocalSmtpCapture : IAsyncDisposable
{
    private readonly PortLease _port = FreePorts.Reserve();
    private readonly SmtpCaptureServer _server;

    public LocalSmtpCapture() => _server = new SmtpCaptureServer(_port.Port, Store);

    public CapturedMailStore Store { get; } = new();

    public int Port => _port.Port;

    public Task StartAsync() => _server.StartAsync();

    public Task StopAsync() => _server.StopAsync();

    /// <summary>Messages received for one envelope recipient whose subject contains <paramref name="subjectPart"/>.</summary>
    public IReadOnlyList<CapturedMail> Arrived(string recipient, string subjectPart) =>
        Store.For(recipient).Where(m => m.Subject.Contains(subjectPart, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _port.Dispose();
    }
}
