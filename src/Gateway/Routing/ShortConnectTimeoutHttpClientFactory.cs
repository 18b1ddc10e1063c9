using Yarp.ReverseProxy.Forwarder;

namespace Crewline.Gateway.Routing;

/// <summary>
/// The gateway's connections to services give up connecting after <see cref="ConnectTimeout"/>:
/// a dead service's address answers nothing, and a caller must not wait for its own deadline.
/// </summary>
public sealed class ShortConnectTimeoutHttpClientFactory(ILogger<ForwarderHttpClientFactory> logger) : ForwarderHttpClientFactory(logger)
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = ConnectTimeout;
    }
}
