using System.Globalization;
using Simulator.Cli.Commands;
using Simulator.Cli.Output;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Cli.Execution;

/// <summary>
/// Runs the many experiments of a sweep, a sensitivity analysis or a comparison through the same
/// <see cref="IExperimentBackend"/> `sim run` uses (so they scale with the silo), a few at a time,
/// under one progress bar. Each experiment is the resolved scenario plus a list of parameter
/// overrides: the command's --set changes of numeric parameters, then the experiment's own.
/// </summary>
internal sealed class ExperimentSeries(RunSettings settings, IExperimentBackend backend, ErrorConsole errors) : IAsyncDisposable
{
    /// <summary>Estimates at or above this many seconds are announced before the work starts.</summary>
    private const double AnnounceAboveSeconds = 3;

    public RunSettings Settings { get; } = settings;

    /// <summary>
    /// The scenario of <paramref name="file"/> with the command's --set overrides and
    /// <paramref name="extraSets"/>, and <paramref name="overrides"/> holding parameters fixed.
    /// </summary>
    public ExperimentRequest Request(string file, IReadOnlyList<string> extraSets, int? runs = null, IReadOnlyList<ParameterOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(extraSets);
        var resolved = ScenarioLoader.LoadResolved(file, [.. Settings.Sets, .. extraSets], Settings.BaseRoot);
        return Build(CompiledScenario.Compile(resolved.Scenario), resolved, overrides ?? [], runs);
    }

    /// <summary>
    /// One request per override list (a sweep's grid points, a sensitivity analysis' probes), all from
    /// the same resolved scenario (loaded once), each list applied after the command's --set
    /// overrides through the one override path, built in parallel. A list the scenario refuses
    /// stops the command before any run starts.
    /// </summary>
    public IReadOnlyList<ExperimentRequest> OverriddenRequests(string file, IReadOnlyList<IReadOnlyList<ParameterOverride>> overrideSets, int? runs)
    {
        ArgumentNullException.ThrowIfNull(overrideSets);
        var resolved = ScenarioLoader.LoadResolved(file, Settings.Sets, Settings.BaseRoot);
        var compiled = CompiledScenario.Compile(resolved.Scenario);
        var requests = new ExperimentRequest?[overrideSets.Count];
        var refused = new ScenarioException?[overrideSets.Count];
        Parallel.For(0, overrideSets.Count, k =>
        {
            try
            {
                requests[k] = Build(compiled, resolved, overrideSets[k], runs);
            }
            catch (ScenarioException ex)
            {
                refused[k] = ex;
            }
        });

        // The first refused list (in grid or probe order) is the error, the same on every run.
        return refused.FirstOrDefault(e => e is not null) is { } error ? throw error : [.. requests.Select(r => r!)];
    }

    private ExperimentRequest Build(CompiledScenario withSets, ResolvedScenario resolved, IReadOnlyList<ParameterOverride> overrides, int? runs)
    {
        var scenario = ParameterOverrides.Apply(withSets, overrides);
        return new ExperimentRequest(
            scenario,
            resolved.Snapshot,
            [.. resolved.Overrides, .. overrides],
            runs ?? Settings.Runs ?? scenario.Scenario.MonteCarlo.Runs,
            Settings.Seed ?? scenario.Scenario.MonteCarlo.Seed);
    }

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
