using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Simulator.Hosting.Cluster;

namespace Simulator.Cli.Execution;

/// <summary>
/// Simulator.Silo processes started on this machine for `sim bench --cluster` (`dotnet` on the built
/// Simulator.Silo.dll), under a cluster id of their own, each waited for until it prints its joined
/// line (bounded) and stopped by its process id.
/// </summary>
internal sealed class LocalSilos : IDisposable
{
    private readonly List<Process> _processes = [];

    private LocalSilos(string clusterId)
    {
        ClusterId = clusterId;
    }

    public string ClusterId { get; }

    /// <summary>The built Simulator.Silo.dll next to this sim (same configuration), or null.</summary>
    public static string? FindSiloDll()
    {
        var sim = new DirectoryInfo(AppContext.BaseDirectory);
        // sim lives in src/Simulator.Cli/bin/CONFIG/net10.0; the silo in src/Simulator.Silo/bin/CONFIG/net10.0.
        var framework = sim.Name;
        var configuration = sim.Parent?.Name;
        var src = sim.Parent?.Parent?.Parent?.Parent;
        if (src is null || configuration is null)
        {
            return null;
        }

        var path = Path.Combine(src.FullName, "Simulator.Silo", "bin", configuration, framework, "Simulator.Silo.dll");
        return File.Exists(path) ? path : null;
    }

    public static async Task<LocalSilos> StartAsync(string siloDll, ClusterTarget redis, int count, CancellationToken cancellationToken)
    {
        var silos = new LocalSilos("bench-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            var joined = new List<Task>();
            for (var k = 0; k < count; k++)
            {
                joined.Add(silos.StartOne(siloDll, redis));
            }

            await Task.WhenAll(joined).WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            return silos;
        }
        catch
        {
            silos.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }

            process.Dispose();
        }
    }

    private Task StartOne(string siloDll, ClusterTarget redis)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            siloDll, "--cluster", redis.ToString(), "--cluster-id", ClusterId,
            "--silo-port", FreePort(), "--gateway-port", FreePort(), "--advertised-address", "127.0.0.1",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var joined = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(" joined cluster ", StringComparison.Ordinal) == true)
            {
                joined.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Exited += (_, _) => joined.TrySetException(new ClusterUnavailableException($"a local silo exited before it joined the cluster at {redis}; is redis-server running there?"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return joined.Task;
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}
