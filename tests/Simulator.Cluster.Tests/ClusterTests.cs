using Simulator.Cluster.Tests.Support;
using Simulator.Contracts.Experiments;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Grains.Experiments;
using Simulator.Hosting;

namespace Simulator.Cluster.Tests;

/// <summary>
/// A real cluster: Redis, separate silo processes, a client; silos killed with SIGKILL or stopped
/// with SIGTERM, a client killed and rerun. Every wait is on an output line, an observer report or a
/// process exit, bounded in time; every process is stopped by its id. The scenario is the
/// all-or-nothing what-if, the cheapest to run, so 200,000 runs fit in the time a test may take.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ClusterTests(RedisServer redis)
{
    private const string ScenarioFile = "scenarios/what-if-all-or-nothing.yaml";
    private const ulong Seed = 20250516;

    [Fact]
    public async Task Three_silos_run_200000_runs_with_one_killed_midway_and_give_the_in_process_result_byte_for_byte()
    {
        const int runs = 200_000;
        await using var cluster = await SiloCluster.StartAsync(redis, 3);
        var (compiled, spec) = Experiment(runs);
        var grain = cluster.Client!.Client.GetGrain<IExperimentGrain>(ExperimentKey.Of(spec));
        var progress = new ProgressWatch(runs / 3);
        int Victim(ExperimentStatus s) => Enumerable.Range(0, 3).FirstOrDefault(k => cluster.Addresses[k] != s.Coordinator && s.BatchesBySilo.Any(b => b.Key == cluster.Addresses[k] && b.Count > 0), -1);

        var run = cluster.Client.Experiments.RunAsync(spec, progress);
        await progress.Reached.WaitAsync(TimeSpan.FromMinutes(3));
        // The victim: a silo other than the coordinator's that has had a batch counted (a silo still
        // compiling the engine may have none yet when a fast one has done a third of the runs).
        var status = await StatusWhen(grain, progress, run, s => Victim(s) >= 0);
        var victim = Victim(status);
        Assert.True(victim >= 0, $"no silo but the coordinator's had a batch counted while the experiment ran ({status.State}, {status.Progress.RunsDone} runs done)");
        cluster.Silos[victim].Kill();
        var outcome = await run.WaitAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(runs, outcome.Aggregate.Runs);
        Assert.True(outcome.BatchesBySilo.Count(s => s.Count > 0) >= 2, "the batches did not spread over the silos");
        Assert.Contains(cluster.Addresses[victim], outcome.BatchesBySilo.Select(s => s.Key));
        Assert.Equal(outcome.Batches, outcome.BatchesBySilo.Sum(s => s.Count));
        Assert.Equal(Json(ExperimentRunner.Run(compiled, runs, Seed)), Json(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
    }

    [Fact]
    public async Task Losing_the_coordinator_silo_midway_resumes_from_the_batches_already_counted_and_counts_every_run_once()
    {
        const int runs = 120_000;
        // Checkpoints every 0.1 s, so the first lands long before the runs end however fast the engine is.
        await using var cluster = await SiloCluster.StartAsync(redis, 3, "--checkpoint-every", "0.1");
        var (compiled, spec) = Experiment(runs);
        var grain = cluster.Client!.Client.GetGrain<IExperimentGrain>(ExperimentKey.Of(spec));

        var progress = new ProgressWatch(runs);
        var run = cluster.Client.Experiments.RunAsync(spec, progress);
        // Kill the coordinator as soon as a checkpoint is stored: before it there is nothing to resume from.
        var status = await StatusWhen(grain, progress, run, s => s.CheckpointedRuns > 0);

        Assert.True(status.CheckpointedRuns > 0 && status.CheckpointedRuns < runs, $"no checkpoint was stored while the experiment ran ({status.State}, {status.Progress.RunsDone} runs done)");
        var coordinator = status.Coordinator;
        var victim = cluster.Addresses.IndexOf(coordinator!);
        Assert.True(victim >= 0, $"the coordinator {coordinator} is not one of the test's silos");
        cluster.Silos[victim].Kill();
        var outcome = await run.WaitAsync(TimeSpan.FromMinutes(5));

        Assert.True(cluster.Client.Experiments.Restarts >= 1, "the client never had to start the experiment again: the coordinator was not lost");
        Assert.InRange(outcome.ResumedRuns, 1, runs - 1);
        Assert.NotEqual(coordinator, (await grain.GetStatus()).Coordinator);
        Assert.Equal(runs, outcome.Aggregate.Runs);
        Assert.Equal(outcome.Batches, outcome.BatchesBySilo.Sum(s => s.Count));
        Assert.Equal(Json(ExperimentRunner.Run(compiled, runs, Seed)), Json(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
    }

    [Fact]
    public async Task A_client_killed_midway_and_run_again_attaches_to_the_experiment_and_prints_the_same_result()
    {
        const int runs = 20_000;
        await using var cluster = await SiloCluster.StartAsync(redis, 2);
        var (compiled, spec) = Experiment(runs);
        // The test watches the experiment the sim command will start: the grain keyed by the content of its spec.
        var grain = cluster.Client!.Client.GetGrain<IExperimentGrain>(ExperimentKey.Of(spec));
        var watcher = new ProgressWatch(1);
        var reference = cluster.Client.Client.CreateObjectReference<IExperimentObserver>(watcher);
        await grain.Subscribe(reference);
        string[] command = [RepositoryFiles.SimDll, "run", ScenarioFile, "--runs", "20000", "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--cluster", redis.Address, "--format", "json"];
        // The cluster id by flag for the first two, from the environment for the third.
        string[] withId = [.. command, "--cluster-id", cluster.ClusterId];
        var environment = new Dictionary<string, string> { [OrleansConnections.ClusterIdVariable] = cluster.ClusterId };

        using (var first = ChildProcess.Start("dotnet", withId))
        {
            await watcher.Reached.WaitAsync(TimeSpan.FromMinutes(2));
            first.Kill();
        }

        using var second = ChildProcess.Start("dotnet", withId);
        var code = await second.WaitForExitAsync(TimeSpan.FromMinutes(4));
        using var third = ChildProcess.Start("dotnet", command, environment: environment);
        await third.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(0, code);
        var expected = Json(ExperimentRunner.Run(compiled, runs, Seed));
        Assert.Equal(expected, JsonOf(second.Output));
        Assert.Equal(expected, JsonOf(third.Output));
        Assert.True(watcher.NeverRepeated, "progress started again from the beginning: the rerun did not attach");
        await grain.Unsubscribe(reference);
    }

    [Fact]
    public async Task A_silo_stopped_with_SIGTERM_midway_loses_no_batch()
    {
        const int runs = 30_000;
        await using var cluster = await SiloCluster.StartAsync(redis, 3);
        var (compiled, spec) = Experiment(runs);
        var grain = cluster.Client!.Client.GetGrain<IExperimentGrain>(ExperimentKey.Of(spec));
        var progress = new ProgressWatch(runs / 4);

        var run = cluster.Client.Experiments.RunAsync(spec, progress);
        await progress.Reached.WaitAsync(TimeSpan.FromMinutes(3));
        var coordinator = (await grain.GetStatus()).Coordinator;
        var stopping = cluster.Silos[Enumerable.Range(0, 3).First(k => cluster.Addresses[k] != coordinator)];
        stopping.Terminate();
        var exit = await stopping.WaitForExitAsync(TimeSpan.FromMinutes(2));
        var outcome = await run.WaitAsync(TimeSpan.FromMinutes(4));

        Assert.Equal(0, exit);
        Assert.Equal(runs, outcome.Aggregate.Runs);
        Assert.Equal(outcome.Batches, outcome.BatchesBySilo.Sum(s => s.Count));
        Assert.Equal(Json(ExperimentRunner.Run(compiled, runs, Seed)), Json(AggregateMapper.ToResult(compiled, outcome.Aggregate, Seed)));
    }

    [Fact]
    public async Task The_silo_lists_every_option_with_its_environment_variable_under_help()
    {
        using var silo = ChildProcess.Start("dotnet", [RepositoryFiles.SiloDll, "--help"]);
        var code = await silo.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, code);
        foreach (var (option, variable) in new[] { ("--cluster ", "SIM_CLUSTER]"), ("--cluster-id", "SIM_CLUSTER_ID"), ("--silo-port", "SIM_SILO_PORT"), ("--gateway-port", "SIM_GATEWAY_PORT"), ("--dashboard-port", "SIM_DASHBOARD_PORT"), ("--checkpoint-every", "SIM_CHECKPOINT_EVERY") })
        {
            Assert.Contains(silo.Output.Split('\n'), l => l.TrimStart().StartsWith(option, StringComparison.Ordinal) && l.Contains(variable, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("two")]
    [InlineData("-1")]
    public async Task The_silo_refuses_a_checkpoint_interval_out_of_range_with_exit_code_2_and_says_what_it_takes(string seconds)
    {
        using var silo = ChildProcess.Start("dotnet", [RepositoryFiles.SiloDll, "--cluster", redis.Address, "--checkpoint-every", seconds]);
        var code = await silo.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, code);
        Assert.Contains($"CheckpointEvery: '{seconds}' is not a number of seconds from 0.05 to 3600", silo.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The experiment's status once <paramref name="wanted"/> holds, or when it can no longer come
    /// (the run ended) or a minute has passed. Read again at each progress report, never on a timer.
    /// </summary>
    private static async Task<ExperimentStatus> StatusWhen(IExperimentGrain grain, ProgressWatch progress, Task run, Func<ExperimentStatus, bool> wanted)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var expired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = deadline.Token.Register(() => expired.TrySetResult());
        // Bounded by the deadline: each pass waits for a report, the run's end or the deadline.
        while (true)
        {
            var next = progress.NextReport;
            var status = await grain.GetStatus();
            if (wanted(status) || status.State is not (ExperimentState.NotStarted or ExperimentState.Running) || run.IsCompleted || deadline.IsCancellationRequested)
            {
                return status;
            }

            await Task.WhenAny(next, run, expired.Task);
        }
    }

    /// <summary>The experiment as `sim run FILE --runs N --seed S` sends it, and its compiled scenario.</summary>
    private static (CompiledScenario Compiled, ExperimentSpec Spec) Experiment(int runs)
    {
        var resolved = ScenarioLoader.LoadResolved(RepositoryFiles.Path(ScenarioFile));
        return (CompiledScenario.Compile(resolved.Scenario), new ExperimentSpec(resolved.Snapshot, runs, Seed));
    }

    private static string Json(ExperimentResult result) => ExperimentJson.Serialize(result);

    /// <summary>
    /// The JSON document in a sim process's output (stdout and stderr are merged; stderr carries no
    /// braces) without its closing objects: <c>baseline</c> (a what-if's comparison with its base,
    /// which the command adds) and <c>provenance</c> (when and by which build the result was made).
    /// Everything before them must be byte-identical to the in-process result.
    /// </summary>
    private static string JsonOf(string output)
    {
        var start = output.IndexOf('{', StringComparison.Ordinal);
        var end = output.LastIndexOf('}');
        var json = start >= 0 && end > start ? output[start..(end + 1)] : output;
        var cuts = new[] { ",\n  \"baseline\": {", ",\n  \"provenance\": {" }
            .Select(k => json.IndexOf(k, StringComparison.Ordinal))
            .Where(k => k >= 0)
            .DefaultIfEmpty(-1)
            .Min();
        return cuts >= 0 ? json[..cuts] + "\n}" : json;
    }
}
