using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crewline.AppHost.Infrastructure;

/// <summary>Healthy once a TCP connection to host:port succeeds.</summary>
public sealed class TcpPortHealthCheck(string host, int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException ex)
        {
            return HealthCheckResult.Unhealthy($"{host}:{port} does not accept connections: {ex.SocketErrorCode}");
        }
    }
}
