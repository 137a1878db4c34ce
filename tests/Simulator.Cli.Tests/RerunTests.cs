using System.Diagnostics;
using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary>`result.json` says how it was made, and `sim run --rerun` makes it again, exactly.</summary>
public sealed class RerunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sim-rerun-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_result_records_scenario_hash_overlays_sets_runs_seed_protocol_and_version()
    {
        var first = Path.Combine(_directory, "first");
        var made = SimCli.Run("run", "scenarios/what-if-putin-attends.yaml", "--runs", "150", "--seed", "7", "--set", "parties.russia.concessionBeta=0.8", "--in-process", "--out", first, "--format", "json");
        Assert.Equal(0, made.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "result.json")));
        var p = doc.RootElement.GetProperty("provenance");
        Assert.Equal("scenarios/what-if-putin-attends.yaml", p.GetProperty("scenarioPath").GetString());
        Assert.Matches("^[0-9a-f]{64}$", p.GetProperty("scenarioSha256").GetString()!);
        Assert.Equal(
            ["scenarios/what-if-putin-attends.yaml", "scenarios/istanbul-2025-05-16.yaml", "seeds/istanbul-2025-05-16.yaml"],
            p.GetProperty("overlays").EnumerateArray().Select(o => o.GetString()!.Replace('\\', '/')).ToArray());
        Assert.Equal(["parties.russia.concessionBeta=0.8"], p.GetProperty("sets").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(150, p.GetProperty("runs").GetInt32());
        Assert.Equal(7UL, p.GetProperty("seed").GetUInt64());
        Assert.Equal("mediated-single-text", p.GetProperty("protocol").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+.*\+[0-9a-f]{7,}", p.GetProperty("simVersion").GetString()!);
        Assert.True(DateTimeOffset.TryParse(p.GetProperty("createdAt").GetString(), out _));
        Assert.Contains("\"provenance\"", made.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rerun_reproduces_issues_patterns_and_blockers_byte_for_byte()
    {
        var first = Path.Combine(_directory, "first");
        var again = Path.Combine(_directory, "again");
        Assert.Equal(0, SimCli.Run("run", "scenarios/what-if-us-energy-sanctions.yaml", "--runs", "300", "--seed", "99", "--set", "parties.ukraine.stances.territory.redLine.max=55", "--out", first).ExitCode);
        var rerun = RealSim("run", "--rerun", Path.Combine(first, "result.json"), "--out", again);
        Assert.True(rerun.ExitCode == 0, rerun.Err);
        using var a = JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "result.json")));
        using var b = JsonDocument.Parse(File.ReadAllText(Path.Combine(again, "result.json")));
        foreach (var key in new[] { "issues", "patterns", "blockers" })
        {
            Assert.Equal(a.RootElement.GetProperty(key).GetRawText(), b.RootElement.GetProperty(key).GetRawText());
        }

        Assert.Equal(a.RootElement.GetProperty("provenance").GetProperty("scenarioSha256").GetString(), b.RootElement.GetProperty("provenance").GetProperty("scenarioSha256").GetString());
    }

    [Fact]
    public void Rerun_refuses_a_scenario_that_changed_since_and_extra_overrides()
    {
        var scenario = Path.Combine(_directory, "copy.yaml");
        var seed = File.ReadAllText(Path.Combine(SimCli.RepositoryRoot, "seeds", "istanbul-2025-05-16.yaml"));
        File.WriteAllText(scenario, seed);
        var first = Path.Combine(_directory, "first");
        Assert.Equal(0, SimCli.Run("run", scenario, "--runs", "50", "--in-process", "--out", first).ExitCode);
        var result = Path.Combine(first, "result.json");

        var extra = RealSim("run", "--rerun", result, "--runs", "10");
        Assert.Equal(2, extra.ExitCode);
        Assert.Contains("leave out --set, --runs and --seed", extra.Err, StringComparison.Ordinal);

        File.WriteAllText(scenario, seed.Replace("\ntitle: ", "\ntitle: Edited ", StringComparison.Ordinal));
        var changed = RealSim("run", "--rerun", result);
        Assert.Equal(2, changed.ExitCode);
        Assert.Contains("no longer resolves to the scenario the result was made from", changed.Err, StringComparison.Ordinal);
    }

    /// <summary>`--rerun` may leave out FILE, which only the real process's argument handling fills in: run the built sim.dll.</summary>
    private static SimOutcome RealSim(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = SimCli.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start sim");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sim {string.Join(' ', args)} did not finish within 2 minutes");
        }

        return new SimOutcome(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
