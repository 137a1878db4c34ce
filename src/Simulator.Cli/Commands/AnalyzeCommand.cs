using Simulator.Cli.Output;
using System.Text.Json;
using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>
/// `sim analyze FILE`: the bargaining solutions with each party's utility and their distance from the
/// simulated modal outcome, the zones of agreement alone and with linkages, the red-line diagnosis
/// in plain words, and voting power.
/// </summary>
public sealed class AnalyzeCommand(IAnsiConsole console) : Command<AnalyzeSettings>
{
    public override int Execute(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var resolved = ScenarioLoader.LoadResolved(settings.File, settings.Sets, settings.BaseRoot);
        var scenario = resolved.Scenario;
        var report = ScenarioAnalysis.Analyse(scenario, new ScenarioAnalysisOptions(settings.AllParties, settings.Runs, settings.Seed));
        if (settings.Format == "json")
        {
            var provenance = Reproducibility.ProvenanceFactory.For("analyze", settings.File, resolved, settings.Sets, settings.Runs, settings.Seed ?? scenario.MonteCarlo.Seed);
            console.WriteRawLine(Reproducibility.ProvenanceJson.Attach(JsonSerializer.Serialize(report, ExperimentJson.Options), provenance));
        }
        else
        {
            AnalysisTables.Write(console, report, new Domain.Scenarios.ScenarioWording(scenario));
            ObservedRecordTable.Write(console, scenario);
        }

        return ExitCodes.Success;
    }
}
