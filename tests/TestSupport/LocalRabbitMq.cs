using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Crewline.TestSupport;

/// <summary>
/// A RabbitMQ node of <c>scripts/rabbitmq-local.sh</c> (guest/guest). It uses its AMQP port and
/// the two after it (distribution, its own epmd); ready in about 10 s. Each service host under
/// test gets a virtual host of its own (<see cref="CreateVirtualHostAsync"/>), so no host binds
/// another's queues or consumes another's messages.
/// </summary>
public sealed partial class LocalRabbitMq() : LocalServer("rabbitmq-local.sh", portCount: 3, startTimeout: TimeSpan.FromSeconds(120))
{
    private const string Rabbitmqctl = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    private const string TestUser = "guest";
    private static readonly TimeSpan CtlTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The Erlang node name the script gives the server (<c>rabbitmqctl -n</c>).</summary>
    public string NodeName => $"crewline{Port.ToString(CultureInfo.InvariantCulture)}@localhost";

    /// <summary>The AMQP address of one of the node's virtual hosts, as a <c>messaging</c> connection string.</summary>
    public Uri UriOf(string virtualHost) => new($"amqp://{TestUser}:{TestUser}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{virtualHost}");

    /// <summary>
    /// Creates the virtual host <paramref name="name"/> with every permission for guest (one
    /// <c>rabbitmqctl eval</c>, about a second) and returns its AMQP address. Letters, digits,
    /// '-' and '_' only, so the name needs no escaping in the address.
    /// </summary>
    public async Task<Uri> CreateVirtualHostAsync(string name)
    {
        if (!VirtualHostName().IsMatch(name))
            throw new ArgumentException($"'{name}' is not a plain virtual host name (letters, digits, '-', '_').", nameof(name));
        var erlang =
            $"ok = rabbit_vhost:add(<<\"{name}\">>, <<\"crewline-tests\">>), " +
            $"ok = rabbit_auth_backend_internal:set_permissions(<<\"{TestUser}\">>, <<\"{name}\">>, <<\".*\">>, <<\".*\">>, <<\".*\">>, <<\"crewline-tests\">>).";
        await RunCtlAsync("eval", erlang);
        return UriOf(name);
    }

    private async Task RunCtlAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo(Rabbitmqctl)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // As the script runs the node: its Erlang cookie is under HOME, its epmd on port + 2.
        info.Environment["HOME"] = DataDirectory;
        info.Environment["ERL_EPMD_PORT"] = (Port + 2).ToString(CultureInfo.InvariantCulture);
        info.ArgumentList.Add("-n");
        info.ArgumentList.Add(NodeName);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {Rabbitmqctl}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CtlTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"rabbitmqctl {string.Join(' ', arguments)} on {NodeName} did not finish within {CtlTimeout}.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"rabbitmqctl {arguments[0]} on {NodeName} exited with {process.ExitCode}:\n{await output.ConfigureAwait(false)}\n{await error.ConfigureAwait(false)}");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex VirtualHostName();
}
