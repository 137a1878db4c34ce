using System.Text.Json.Nodes;
using Simulator.Cluster.Tests.Support;

namespace Simulator.Cluster.Tests;

/// <summary>
/// `sim bench --end-to-end` starts whole `sim run` processes, on the embedded silo and with
/// --in-process, and reports their times as a ratio and whether they printed the same result. The
/// test checks the report's shape and consistency, never a time.
/// </summary>
public sealed class EndToEndBenchTests
{
    [Fact]
    public async Task Bench_end_to_end_times_both_paths_as_whole_processes_and_finds_their_results_identical()
    {
        using var bench = ChildProcess.Start("dotnet", [RepositoryFiles.SimDll, "bench", "scenarios/what-if-all-or-nothing.yaml", "--end-to-end", "--runs", "300", "--repeat", "1", "--format", "json"]);
        var code = await bench.WaitForExitAsync(TimeSpan.FromMinutes(8));

        Assert.True(code == 0, bench.Output);
        var output = bench.Output;
        var report = JsonNode.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..(output.LastIndexOf('}') + 1)])!;
        Assert.Equal(300, report["runs"]!.GetValue<int>());
        Assert.True(report["resultsIdentical"]!.GetValue<bool>());
        var embedded = report["embeddedBest"]!.GetValue<double>();
        var inProcess = report["inProcessBest"]!.GetValue<double>();
        Assert.True(embedded > 0 && inProcess > 0);
        Assert.Equal(inProcess / embedded, report["inProcessToEmbedded"]!.GetValue<double>(), 9);
        Assert.True(report["siloStartShare"]!.GetValue<double>() >= 0);
        var pairs = report["pairRatios"]!.AsArray().Select(p => p!.GetValue<double>()).ToList();
        Assert.Equal(inProcess / embedded, Assert.Single(pairs), 9);
        Assert.Equal(pairs[0], report["medianPairRatio"]!.GetValue<double>(), 9);
        var precompiled = report["precompiledAssemblies"]!.GetValue<int>();
        Assert.InRange(precompiled, 0, report["managedAssemblies"]!.GetValue<int>());
        Assert.True(report["managedAssemblies"]!.GetValue<int>() > 0);
    }
}
