using System.Globalization;
using Simulator.Cli.Commands;
using Simulator.Cli.Output;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Cli.Execution;

/// <summary>
/// Runs the many experiments of a sweep, a sensitivity analysis or a comparison through the same
/// <see cref="IExperimentBackend"/> `sim run` uses (so they scale with the silo), a few at a time,
/// under one progress bar. Each experiment is an ordinary scenario snapshot: the file with the
/// command's --set overrides plus the experiment's own.
/// </summary>
internal sealed class ExperimentSeries(RunSettings settings, IExperimentBackend backend, ErrorConsole errors) : IAsyncDisposable
{
    /// <summary>Estimates at or above this many seconds are announced before the work starts.</summary>
    private const double AnnounceAboveSeconds = 3;

    public RunSettings Settings { get; } = settings;

    /// <summary>
    /// The scenario of <paramref name="file"/> with the command's --set overrides and
    /// <paramref name="extraSets"/>, and <paramref name="pins"/> holding parameters fixed.
    /// </summary>
    public ExperimentRequest Request(string file, IReadOnlyList<string> extraSets, int? runs = null, IReadOnlyList<ParameterPin>? pins = null)
    {
        ArgumentNullException.ThrowIfNull(extraSets);
        string[] sets = [.. Settings.Sets, .. extraSets];
        var (scenario, yaml) = ScenarioLoader.LoadResolved(file, sets, Settings.BaseRoot);
        if (pins is { Count: > 0 })
        {
            (yaml, scenario) = new ScenarioPins(yaml, file).Apply(pins);
        }

        return Build(scenario, yaml, runs);
    }

    /// <summary>One request per pin set, all from the same resolved scenario (loaded once), built in parallel.</summary>
    public IReadOnlyList<ExperimentRequest> PinnedRequests(string file, IReadOnlyList<IReadOnlyList<ParameterPin>> pinSets, int? runs)
    {
        ArgumentNullException.ThrowIfNull(pinSets);
        var pins = new ScenarioPins(ScenarioLoader.ResolveToYaml(file, Settings.Sets, Settings.BaseRoot), file);
        var requests = new ExperimentRequest[pinSets.Count];
        Parallel.For(0, pinSets.Count, k =>
        {
            var (yaml, scenario) = pins.Apply(pinSets[k]);
            requests[k] = Build(scenario, yaml, runs);
        });
        return requests;
    }

    private ExperimentRequest Build(Domain.Scenarios.Scenario scenario, string yaml, int? runs) => new(
        CompiledScenario.Compile(scenario),
        yaml,
        runs ?? Settings.Runs ?? scenario.MonteCarlo.Runs,
        Settings.Seed ?? scenario.MonteCarlo.Seed);

    /// <summary>Announces a long job on standard error: what it is, how many runs, about how long.</summary>
    public void Announce(string what, IReadOnlyList<ExperimentRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            return;
        }

        var total = requests.Sum(r => (long)r.Runs);
        var rate = MeasureRate(requests[0].Scenario, requests[0].Seed);
        var seconds = total / rate;
        if (seconds >= AnnounceAboveSeconds)
        {
            errors.Line(string.Create(
                CultureInfo.InvariantCulture,
                $"{what} = {total:N0} runs, about {Duration(seconds)} at the measured rate ({rate:N0} runs/s)"));
        }
    }

    /// <summary>Runs every request; results come back in request order whatever order they finish in.</summary>
    public async Task<ExperimentResult[]> RunAsync(IReadOnlyList<ExperimentRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var results = new ExperimentResult[requests.Count];
        var total = requests.Sum(r => (long)r.Runs);
        var done = new int[requests.Count];
        await ProgressDisplay.RunAsync(errors, (int)Math.Min(int.MaxValue, total), async progress =>
        {
            var gate = new object();
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, requests.Count), options, async (k, token) =>
            {
                var own = new CallbackProgress(value =>
                {
                    lock (gate)
                    {
                        done[k] = Math.Max(done[k], value);
                        progress.Report((int)Math.Min(int.MaxValue, done.Sum(d => (long)d)));
                    }
                });
                results[k] = await backend.RunAsync(requests[k], own, token);
            });
            return results;
        });
        return results;
    }

    /// <summary>Releases the backend (e.g. stops an embedded silo it started) when it holds anything.</summary>
    public async ValueTask DisposeAsync()
    {
        if (backend is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    /// <summary>Runs per second on all cores, measured on a short single-core batch of the scenario itself.</summary>
    private static double MeasureRate(CompiledScenario scenario, ulong seed)
    {
        const int probeRuns = 30;
        // A few runs first so JIT compilation does not count against the rate.
        ExperimentRunner.RunBatch(scenario, seed, probeRuns, 5);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        ExperimentRunner.RunBatch(scenario, seed, 0, probeRuns);
        var elapsed = Math.Max(1e-4, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return probeRuns / elapsed * Math.Max(1, Environment.ProcessorCount);
    }

    private static string Duration(double seconds) =>
        seconds < 90 ? $"{Math.Ceiling(seconds):0} s" : $"{Math.Ceiling(seconds / 60):0} min";

    private sealed class CallbackProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
