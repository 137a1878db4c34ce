using Spectre.Console;
using Simulator.Cli.Execution;
using Simulator.Cli.Output;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>`sim run`: a Monte Carlo experiment over the scenario's uncertain parameters.</summary>
public sealed class RunCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        if (Domain.Series.SeriesLoader.IsSeries(settings.File))
        {
            return await Series.SeriesRunCommand.ExecuteAsync(console, errors, settings, cancellationToken);
        }

        PhaseTimer.Mark("command started");
        // The silo starts while the scenario loads; a scenario that fails to load (or Ctrl-C) stops the wait for it, not the start.
        var backend = ExperimentBackends.For(settings);
        (backend as OrleansBackend)?.StartEarly();
        ExperimentResult result;
        Domain.Scenarios.Scenario scenario;
        try
        {
            var plan = Reproducibility.RerunPlan.For(settings);
            var resolved = ScenarioLoader.LoadResolved(plan.File, plan.Sets, settings.BaseRoot);
            scenario = resolved.Scenario;
            var runs = plan.Runs ?? scenario.MonteCarlo.Runs;
            var seed = plan.Seed ?? scenario.MonteCarlo.Seed;
            var request = new ExperimentRequest(CompiledScenario.Compile(scenario), resolved.Snapshot, resolved.Overrides, runs, seed);
            PhaseTimer.Mark("scenario loaded");
            result = await ProgressDisplay.RunAsync(errors, runs, progress => backend.RunAsync(request, progress, cancellationToken));
            result = result with { Provenance = Reproducibility.ProvenanceFactory.For("run", plan.File, resolved.Yaml, scenario, plan.Sets, runs, seed) };
            if (BaseOf(plan.File, plan.Sets, settings.BaseRoot, request.Scenario) is var (baseFile, baseResolved))
            {
                var baseRequest = new ExperimentRequest(CompiledScenario.Compile(baseResolved.Scenario), baseResolved.Snapshot, baseResolved.Overrides, runs, seed);
                var baseline = await ProgressDisplay.RunAsync(errors, runs, progress => backend.RunAsync(baseRequest, progress, cancellationToken));
                result = result with { Baseline = BaselineComparison.Of(baseFile, baseline, result) };
            }
        }
        finally
        {
            // The Orleans backend holds its embedded silo until disposed.
            if (backend is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        // A Ctrl-C that came while the silo stopped writes nothing, as the interrupt's message says.
        cancellationToken.ThrowIfCancellationRequested();
        if (settings.Out is { } dir)
        {
            ResultFiles.Write(dir, result);
        }

        OutputFormat.Print(console, settings.Format, () => Domain.MonteCarlo.ExperimentJson.Serialize(result), () => ResultCsv.Issues(result), table => ResultTable.Write(table, result, new Domain.Scenarios.ScenarioWording(scenario)));
        PhaseTimer.Mark("printed");

        return ExitCodes.Success;
    }

    /// <summary>
    /// The scenario the file's `base:` names, resolved with the same `--set`, when the file changes
    /// something the engine uses; null for a root file, standard input, a base the `--set` paths do
    /// not fit, or a file that only retitles its base.
    /// </summary>
    private static (string File, ResolvedScenario Resolved)? BaseOf(string file, IReadOnlyList<string> sets, string? baseRoot, CompiledScenario whatIf)
    {
        if (ScenarioLoader.IsStandardInput(file))
        {
            return null;
        }

        var chain = Reproducibility.ProvenanceFactory.Overlays(file);
        if (chain.Count < 2)
        {
            return null;
        }

        ResolvedScenario resolved;
        try
        {
            resolved = ScenarioLoader.LoadResolved(chain[1], sets, baseRoot);
        }
        catch (ScenarioException)
        {
            return null;
        }

        return BaselineComparison.Differs(whatIf, CompiledScenario.Compile(resolved.Scenario)) ? (chain[1], resolved) : null;
    }
}
