using Simulator.Cli.Output;
using Simulator.Domain.Forecasting;
using Simulator.Domain.Scenarios.Loading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Simulator.Cli.Commands;

/// <summary>
/// `sim forecast FILE`: where the parties' positions end up according to the spatial-model
/// literature — the compromise, the weighted median, KTAB's Spatial Model of Politics, or Bueno de
/// Mesquita's expected-utility model — on a scenario or on KTAB's CSV format.
/// </summary>
public sealed class ForecastCommand(IAnsiConsole console) : Command<ForecastSettings>
{
    private Domain.MonteCarlo.ResultProvenance? _provenance;

    public override int Execute(CommandContext context, ForecastSettings settings, CancellationToken cancellationToken)
    {
        ForecastInput input;
        if (settings.ReadsKtabCsv)
        {
            input = KtabCsvReader.Load(settings.File);
            _provenance = Reproducibility.ProvenanceFactory.ForForeignInput("forecast", settings.File, "ktab-csv");
        }
        else
        {
            var resolved = ScenarioLoader.LoadResolved(settings.File, settings.Sets, settings.BaseRoot);
            input = ForecastInput.FromScenario(resolved.Scenario);
            _provenance = Reproducibility.ProvenanceFactory.For("forecast", settings.File, resolved, settings.Sets, runs: null, seed: null);
        }

        switch (settings.Model)
        {
            case ForecastModelName.Compromise:
            case ForecastModelName.Median:
                WritePoints(console, settings, input);
                break;
            case ForecastModelName.Smp:
                WriteSmp(console, settings, new SpatialModel(settings.Rounds ?? SpatialModel.DefaultMaxTurns).Run(input));
                break;
            default:
                WriteBdm(console, settings, input);
                break;
        }

        return ExitCodes.Success;
    }

    private void WritePoints(IAnsiConsole console, ForecastSettings settings, ForecastInput input)
    {
        var median = settings.Model == ForecastModelName.Median;
        var values = Enumerable.Range(0, input.DimensionCount)
            .Select(d => median ? WeightedMedianModel.Forecast(input, d) : CompromiseModel.Forecast(input, d))
            .ToArray();
        if (settings.Format == OutputFormat.Json)
        {
            console.WriteRawLine(WithProvenance(ForecastJson.Points(settings.Model, input, values)));
        }
        else
        {
            ForecastTables.WritePoints(console, settings.Model, input, values);
        }
    }

    private void WriteSmp(IAnsiConsole console, ForecastSettings settings, SmpResult result)
    {
        if (settings.Chart is { } chart)
        {
            ForecastChart.SaveSmp(chart, result);
        }

        switch (settings.Format)
        {
            case ForecastSettings.KtabHistoryFormat:
                console.WriteRaw(ConsoleText.Plain(KtabHistoryWriter.Write(result)));
                break;
            case OutputFormat.Json:
                console.WriteRawLine(WithProvenance(ForecastJson.Smp(result)));
                break;
            default:
                ForecastTables.WriteSmp(console, result);
                break;
        }
    }

    private void WriteBdm(IAnsiConsole console, ForecastSettings settings, ForecastInput input)
    {
        var model = new BdmModel(new BdmOptions(settings.Rounds ?? new BdmOptions().Rounds, ScholzCompatible: !settings.BdmTextbook));
        var results = new BdmResult[input.DimensionCount];
        for (var d = 0; d < input.DimensionCount; d++)
        {
            var actors = input.Actors.Select(a => new BdmActor(a.Name, a.Capability, a.Positions[d], a.Saliences[d] / 100.0)).ToArray();
            results[d] = model.Run(actors);
        }

        if (settings.Chart is { } chart)
        {
            ForecastChart.SaveBdm(chart, input, results);
        }

        if (settings.Format == OutputFormat.Json)
        {
            console.WriteRawLine(WithProvenance(ForecastJson.Bdm(input, results)));
        }
        else
        {
            ForecastTables.WriteBdm(console, input, results);
        }
    }

    private string WithProvenance(string json) =>
        _provenance is { } provenance ? Reproducibility.ProvenanceJson.Attach(json, provenance) : json;
}
