using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Simulator.Cli.Execution;

/// <summary>
/// `sim bench --end-to-end`: what a user waits for. Runs `sim run FILE --runs N --seed S --format
/// json` as whole processes, on the embedded silo and with --in-process, alternately (so the
/// machine's load hits both alike), R pairs; reports each path's best and median wall time, the
/// ratio of in-process' time to the embedded silo's per pair, their median and the ratio of the bests,
/// the silo's start-up (one-run embedded processes against one-run in-process ones, alternately), the
/// load average and whether both printed the same JSON (up to the provenance's time).
/// </summary>
internal static partial class EndToEndBench
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(20);

    public static async Task<EndToEndReport> MeasureAsync(string file, int runs, ulong seed, int repeats, CancellationToken cancellationToken)
    {
        var loadBefore = LoadAverage();
        var embedded = new List<double>();
        var inProcess = new List<double>();
        var outputs = new HashSet<string>(StringComparer.Ordinal);
        var runsText = runs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var seedText = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] command = ["run", file, "--runs", runsText, "--seed", seedText, "--format", "json"];
        for (var r = 0; r < repeats; r++)
        {
            // Alternate which goes first, so neither always runs on a machine the other just warmed.
            foreach (var inProc in r % 2 == 0 ? new[] { false, true } : [true, false])
            {
                var (seconds, output) = await RunSim(inProc ? [.. command, "--in-process"] : command, cancellationToken);
                (inProc ? inProcess : embedded).Add(seconds);
                outputs.Add(CreatedAt().Replace(output, "\"createdAt\": \"-\""));
            }
        }

        string[] one = ["run", file, "--runs", "1", "--seed", seedText, "--format", "json"];
        var startCosts = new List<double>();
        for (var r = 0; r < repeats; r++)
        {
            var startEmbedded = (await RunSim(one, cancellationToken)).Seconds;
            var startInProcess = (await RunSim([.. one, "--in-process"], cancellationToken)).Seconds;
            startCosts.Add(startEmbedded - startInProcess);
        }

        var siloStart = Math.Max(0, Median(startCosts));
        var pairRatios = inProcess.Zip(embedded, (i, e) => i / e).ToList();
        var (precompiled, managed) = ReadyToRunImages.Count(AppContext.BaseDirectory);
        return new EndToEndReport(
            file,
            runs,
            seed,
            repeats,
            embedded.Min(),
            Median(embedded),
            inProcess.Min(),
            Median(inProcess),
            inProcess.Min() / embedded.Min(),
            siloStart,
            siloStart / Median(embedded),
            outputs.Count == 1)
        {
            PairRatios = pairRatios,
            MedianPairRatio = Median(pairRatios),
            LoadAverageBefore = loadBefore,
            LoadAverageAfter = LoadAverage(),
            PrecompiledAssemblies = precompiled,
            ManagedAssemblies = managed,
        };
    }

    /// <summary>The one-minute load average (Linux), or null where the system does not say.</summary>
    private static double? LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return double.TryParse(fields[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"createdAt\": \"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex CreatedAt();

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Runs this same sim program with <paramref name="arguments"/>; its wall time and standard output.</summary>
    private static async Task<(double Seconds, string Output)> RunSim(string[] arguments, CancellationToken cancellationToken)
    {
        var (program, prefix) = Self();
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in prefix.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        // A bench measures this machine: never an operator's cluster.
        info.Environment.Remove(Hosting.Cluster.ClusterTarget.EnvironmentVariable);
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => error.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return process.ExitCode == 0
            ? (seconds, output.ToString())
            : throw new InvalidOperationException($"sim {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}");
    }

    /// <summary>How to start this program again: its apphost, or `dotnet` with its dll.</summary>
    private static (string Program, string[] Prefix) Self()
    {
        var path = Environment.ProcessPath ?? "dotnet";
        var dll = Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(path) == "dotnet" && !string.IsNullOrEmpty(dll) ? (path, [dll]) : (path, []);
    }
}
