using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Crewline.Bench.Suite;

/// <summary>
/// One service of the suite as its own process, <c>dotnet &lt;Service&gt;.dll</c> from its Release
/// build, configured by environment variables as the AppHost configures it, on two ports of its own
/// (HTTP/1.1 for health and REST, h2c for gRPC). Its output goes to a log file.
/// </summary>
public sealed partial class ServiceProcess(string name, string dllPath, int httpPort, int grpcPort, string logPath)
{
    private const int SigTerm = 15;
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private Process? _process;
    private StreamWriter? _log;

    public string Name { get; } = name;
    public int HttpPort { get; } = httpPort;
    public int GrpcPort { get; } = grpcPort;
    public Uri HttpAddress => new($"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}");
    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort.ToString(CultureInfo.InvariantCulture)}");
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>Starts the process with <paramref name="environment"/> on top of the Kestrel endpoints.</summary>
    public void Start(IReadOnlyDictionary<string, string> environment)
    {
        if (_process is { HasExited: false }) throw new InvalidOperationException($"{Name} is already running.");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dllPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dllPath);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        info.Environment["Kestrel__Endpoints__http__Url"] = HttpAddress.ToString().TrimEnd('/');
        info.Environment["Kestrel__Endpoints__http__Protocols"] = "Http1";
        info.Environment["Kestrel__Endpoints__grpc__Url"] = GrpcAddress.ToString().TrimEnd('/');
        info.Environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        // Nothing may be exported anywhere: no telemetry endpoint is set (instrumentation still runs).
        info.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");

        _log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var log = _log;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        ProcessRegistry.Started(process.Id);
    }

    /// <summary>Waits until <c>/health</c> answers 200, failing early if the process exits.</summary>
    public async Task WaitHealthyAsync(HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (true)
        {
            if (_process is not { HasExited: false } p)
                throw new InvalidOperationException($"{Name} exited while starting (see {logPath}).");
            try
            {
                using var response = await http.GetAsync(new Uri(HttpAddress, "/health"), cancellationToken);
                if (response.IsSuccessStatusCode) return;
                last = await response.Content.ReadAsStringAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                last = ex.Message;
            }
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"{Name} was not healthy within {timeout.TotalSeconds:0} s: {last} (see {logPath}).");
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    /// <summary>Stops the process with SIGTERM (killed if it ignores it for 30 s).</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process) return;
        if (!process.HasExited)
        {
            _ = kill(process.Id, SigTerm);
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        ProcessRegistry.Stopped(process.Id);
        process.Dispose();
        _process = null;
        if (_log is not null) await _log.DisposeAsync();
        _log = null;
    }

    /// <summary>Resident and peak resident memory (VmRSS, VmHWM) in MiB, from /proc/&lt;pid&gt;/status.</summary>
    public (double RssMiB, double PeakMiB)? Memory()
    {
        if (ProcessId is not { } pid) return null;
        var status = File.ReadAllLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status");
        return (KiB(status, "VmRSS:") / 1024.0, KiB(status, "VmHWM:") / 1024.0);
    }

    /// <summary>
    /// What the RSS holds (MiB): anonymous memory (the GC heap and native allocations), shared memory (the
    /// runtime's W^X double-mapped executable memory: JIT'd code, stubs, type data) and mapped files (the
    /// assemblies and native libraries, largely the same framework files every service maps); and the
    /// PSS, which counts a page shared with other processes by its share.
    /// </summary>
    public (double Anonymous, double Code, double Files, double Pss)? MemoryComposition()
    {
        if (ProcessId is not { } pid) return null;
        var dir = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}";
        var status = File.ReadAllLines($"{dir}/status");
        var rollup = File.ReadAllLines($"{dir}/smaps_rollup");
        return (KiB(status, "RssAnon:") / 1024.0, KiB(status, "RssShmem:") / 1024.0, KiB(status, "RssFile:") / 1024.0, KiB(rollup, "Pss:") / 1024.0);
    }

    private static long KiB(string[] status, string field)
    {
        var line = status.First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            try { log.WriteLine(line); }
            catch (ObjectDisposedException) { /* the process printed after it was stopped */ }
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}
