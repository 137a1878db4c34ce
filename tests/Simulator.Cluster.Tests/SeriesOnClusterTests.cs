using Simulator.Cluster.Tests.Support;

namespace Simulator.Cluster.Tests;

/// <summary>
/// `sim run` of the Istanbul series as a user runs it: on this process's cores (--in-process), on the
/// embedded silo (the default) and on two silo processes (--cluster); the same seed gives the same
/// JSON byte for byte on all three.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class SeriesOnClusterTests(RedisServer redis)
{
    [Fact]
    public async Task The_series_gives_the_same_json_in_process_on_the_embedded_silo_and_on_two_silos()
    {
        await using var cluster = await SiloCluster.StartAsync(redis, 2);
        string[] command = [RepositoryFiles.SimDll, "run", "scenarios/istanbul-2025-series.yaml", "--runs", "3000", "--seed", "7", "--format", "json"];

        var inProcess = await Sim([.. command, "--in-process"]);
        var embedded = await Sim(command);
        var onCluster = await Sim([.. command, "--cluster", redis.Address, "--cluster-id", cluster.ClusterId]);

        Assert.Contains("\"rounds\"", inProcess, StringComparison.Ordinal);
        Assert.Contains("\"runs\": 3000", inProcess, StringComparison.Ordinal);
        Assert.Equal(inProcess, embedded);
        Assert.Equal(inProcess, onCluster);
    }

    private static async Task<string> Sim(string[] arguments)
    {
        using var sim = ChildProcess.Start("dotnet", arguments);
        var code = await sim.WaitForExitAsync(TimeSpan.FromMinutes(4));
        Assert.True(code == 0, $"sim {string.Join(' ', arguments[1..])} exited with {code}: {sim.Output}");
        var output = sim.Output;
        var start = output.IndexOf('{', StringComparison.Ordinal);
        var end = output.LastIndexOf('}');
        return start >= 0 && end > start ? output[start..(end + 1)] : output;
    }
}
