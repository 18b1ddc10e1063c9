using System.Diagnostics;
using System.Runtime.InteropServices;
using Xunit;

namespace Crewline.TestSupport;

/// <summary>
/// A real server run by one of the repo's <c>scripts/*-local.sh</c> in the foreground, on
/// reserved ports and a fresh data folder under <c>/tmp/crewline-tests/&lt;guid&gt;</c>.
/// <see cref="StopAsync"/> sends SIGTERM (the scripts stop their server cleanly on it) and
/// <see cref="StartAsync"/> starts it again on the same port and data folder.
/// </summary>
public abstract partial class LocalServer : IAsyncLifetime, IAsyncDisposable
{
    private const int SigTerm = 15;
    private const int LogLines = 200;
    private static readonly TimeSpan StartPollInterval = TimeSpan.FromMilliseconds(200);

    private readonly string _script;
    private readonly TimeSpan _startTimeout;
    private readonly PortLease _ports;
    private readonly Queue<string> _log = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly EventHandler _onProcessExit;
    private Process? _process;
    private bool _disposed;

    protected LocalServer(string scriptName, int portCount, TimeSpan startTimeout)
    {
        _script = Path.Combine(RepoRoot.Path, "scripts", scriptName);
        _startTimeout = startTimeout;
        _ports = FreePorts.Reserve(portCount);
        DataDirectory = Path.Combine(Path.GetTempPath(), "crewline-tests", Guid.NewGuid().ToString("N"));
        _onProcessExit = (_, _) => SignalStop();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    /// <summary>The port clients connect to (the server may also use the ones after it).</summary>
    public int Port => _ports.Port;

    public string DataDirectory { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the server (again) and waits until its port accepts connections.</summary>
    public async Task StartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (IsRunning) return;
            Directory.CreateDirectory(Path.GetDirectoryName(DataDirectory)!);
            var info = new ProcessStartInfo("bash")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(_script);
            info.ArgumentList.Add(Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            info.ArgumentList.Add(DataDirectory);
            var process = new Process { StartInfo = info, EnableRaisingEvents = true };
            process.OutputDataReceived += (_, e) => Remember(e.Data);
            process.ErrorDataReceived += (_, e) => Remember(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            _process = process;

            var clock = Stopwatch.StartNew();
            while (!await FreePorts.AcceptsAsync(Port))
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"{GetType().Name} on port {Port} exited with code {process.ExitCode} while starting:\n{RecentLog()}");
                if (clock.Elapsed > _startTimeout)
                    throw new TimeoutException($"{GetType().Name} on port {Port} did not accept connections within {_startTimeout}:\n{RecentLog()}");
                await Task.Delay(StartPollInterval);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the server with SIGTERM and waits until it has exited.</summary>
    public async Task StopAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_process is not { } process) return;
            if (!process.HasExited)
            {
                kill(process.Id, SigTerm);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                    throw new TimeoutException($"{GetType().Name} on port {Port} ignored SIGTERM for 60 s and was killed:\n{RecentLog()}");
                }
            }
            process.Dispose();
            _process = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => StartAsync();

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        try
        {
            await StopAsync();
        }
        finally
        {
            _disposed = true;
            AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
            _ports.Dispose();
            try
            {
                if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException) { /* best effort: /tmp is cleaned anyway */ }
            catch (UnauthorizedAccessException) { }
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>The last lines the script and server printed, for failure messages.</summary>
    public string RecentLog()
    {
        lock (_log) return string.Join('\n', _log);
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > LogLines) _log.Dequeue();
        }
    }

    /// <summary>Last resort when the test process exits without disposing: let the script stop its server.</summary>
    private void SignalStop()
    {
        try
        {
            if (_process is { HasExited: false } p) kill(p.Id, SigTerm);
        }
        catch (InvalidOperationException) { }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}

/// <summary>
/// The repository root: the nearest folder holding Platform.sln above the test binaries, else
/// above the folder the tests were built from (binaries built into an artifacts path), else
/// above the current directory.
/// </summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var builtFrom = typeof(RepoRoot).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "CrewlineRepoRoot")?.Value;
        string?[] starts = [AppContext.BaseDirectory, builtFrom, Directory.GetCurrentDirectory()];
        foreach (var start in starts.OfType<string>())
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Platform.sln above {string.Join(" or ", starts.OfType<string>())}.");
    });

    public static string Path => Root.Value;
}
