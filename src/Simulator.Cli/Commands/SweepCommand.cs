using Spectre.Console;
using Simulator.Cli.Execution;
using Simulator.Cli.Output;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Overrides;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>`sim sweep`: agreement probabilities across a grid of one or two parameters.</summary>
public sealed class SweepCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<SweepSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SweepSettings settings, CancellationToken cancellationToken)
    {
        await using var series = new ExperimentSeries(settings, ExperimentBackends.For(settings), errors);
        var sweep = await RunSweepAsync(series, settings.Params, settings.Runs, cancellationToken);
        var provenance = Reproducibility.ProvenanceFactory.ForFile("sweep", settings, sweep.RunsPerPoint, sweep.Seed);
        if (settings.Out is { } dir)
        {
            SweepFiles.Write(dir, sweep, provenance);
        }

        OutputFormat.Print(console, settings.Format, () => Reproducibility.ProvenanceJson.Attach(SweepJson.Serialize(sweep), provenance), () => SweepCsv.Write(sweep), table => SweepTable.Write(table, sweep));

        return ExitCodes.Success;
    }

    /// <summary>Parses and checks the axes, then runs one experiment per grid point (shared with `sim report`).</summary>
    internal static async Task<SweepResult> RunSweepAsync(ExperimentSeries series, IReadOnlyList<string> axesText, int? runs, CancellationToken cancellationToken)
    {
        var settings = series.Settings;
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(settings.File, settings.Sets, settings.BaseRoot));
        var axes = axesText.Select(GridAxisParser.Parse).ToList();
        var parameters = axes.Select(a => ParameterLookup.Require(scenario.Parameters, a.Path)).ToList();
        var points = SweepGrid.Points(axes);
        // Each grid value is an override (held fixed in every run), exactly as a --set or a
        // sensitivity probe is, checked by the same rules; every point is built and checked before
        // any run starts, so a value the scenario rejects stops the sweep at once, naming its --param.
        var requests = series.OverriddenRequests(
            settings.File,
            [.. points.Select(values => (IReadOnlyList<ParameterOverride>)[.. values.Select((v, a) => new ParameterOverride(parameters[a].Path, v, ParameterOverride.ParamSource, a + 1))])],
            runs);
        var shape = string.Join(" x ", axes.Select(a => a.Steps));
        series.Announce($"sweep: {shape} grid x {requests[0].Runs:N0} runs", requests);
        var results = await series.RunAsync(requests, cancellationToken);
        return new SweepResult(
            scenario.Scenario.Id,
            scenario.Scenario.Title,
            requests[0].Runs,
            requests[0].Seed,
            axes,
            [.. points.Select((values, k) => new SweepPoint(values, results[k]))]);
    }
}
