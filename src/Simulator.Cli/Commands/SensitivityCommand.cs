using Spectre.Console;
using Simulator.Cli.Execution;
using Simulator.Cli.Output;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Overrides;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>`sim sensitivity`: every uncertain parameter's effect on every agreement probability, and each issue's top drivers.</summary>
public sealed class SensitivityCommand(IAnsiConsole console, ErrorConsole errors) : AsyncCommand<SensitivitySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SensitivitySettings settings, CancellationToken cancellationToken)
    {
        await using var series = new ExperimentSeries(settings, ExperimentBackends.For(settings), errors);
        var report = await RunAnalysisAsync(series, settings.Runs ?? SensitivitySettings.DefaultRunsPerProbe, settings.Bins, settings.Top, cancellationToken);
        var provenance = Reproducibility.ProvenanceFactory.ForFile("sensitivity", settings, report.RunsPerProbe, report.Seed);
        if (settings.Out is { } dir)
        {
            SensitivityFiles.Write(dir, report, provenance);
        }

        OutputFormat.Print(console, settings.Format, () => Reproducibility.ProvenanceJson.Attach(SensitivityJson.Serialize(report), provenance), () => SensitivityCsv.Write(report), table => SensitivityTable.Write(table, report));

        return ExitCodes.Success;
    }

    /// <summary>Plans the probes, runs them and the baseline through the backend, computes the report (shared with `sim report`).</summary>
    internal static async Task<SensitivityReport> RunAnalysisAsync(ExperimentSeries series, int runsPerProbe, int bins, int top, CancellationToken cancellationToken)
    {
        var settings = series.Settings;
        var scenario = CompiledScenario.Compile(ScenarioLoader.Load(settings.File, settings.Sets, settings.BaseRoot));
        var plan = SensitivityPlan.For(scenario.Parameters, bins);
        if (plan.Probes.Count == 0)
        {
            throw new UserInputException($"{settings.File}: no parameter has an uncertainty with a range, so there is nothing to vary. Give parameters an uncertainty (e.g. uncertainty: {{uniform: [0.2, 0.5]}}).");
        }

        // The baseline goes first: the same snapshot `sim run` would use, at the probes' run count.
        List<ExperimentRequest> requests = [series.Request(settings.File, [], runsPerProbe), .. series.OverriddenRequests(settings.File, [.. plan.Probes.Select(p => (IReadOnlyList<ParameterOverride>)[p.Override])], runsPerProbe)];
        var parameters = plan.Probes.Select(p => p.Parameter.Path).Distinct(StringComparer.Ordinal).Count();
        series.Announce($"sensitivity: {parameters} parameters x {2 + plan.Bins} probes x {runsPerProbe:N0} runs, plus the baseline", requests);
        var results = await series.RunAsync(requests, cancellationToken);
        return SensitivityAnalysis.Compute(plan, results[1..], results[0], top);
    }
}
