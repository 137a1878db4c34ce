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
    public override int Execute(CommandContext context, ForecastSettings settings, CancellationToken cancellationToken)
    {
        var input = settings.ReadsKtabCsv
            ? KtabCsvReader.Load(settings.File)
            : ForecastInput.FromScenario(ScenarioLoader.Load(settings.File, settings.Sets, settings.BaseRoot));
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

    private static void WritePoints(IAnsiConsole console, ForecastSettings settings, ForecastInput input)
    {
        var median = settings.Model == ForecastModelName.Median;
        var values = Enumerable.Range(0, input.DimensionCount)
            .Select(d => median ? WeightedMedianModel.Forecast(input, d) : CompromiseModel.Forecast(input, d))
            .ToArray();
        if (settings.Format == OutputFormat.Json)
        {
            console.WriteRawLine(ForecastJson.Points(settings.Model, input, values));
        }
        else
        {
            ForecastTables.WritePoints(console, settings.Model, input, values);
        }
    }

    private static void WriteSmp(IAnsiConsole console, ForecastSettings settings, SmpResult result)
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
                console.WriteRawLine(ForecastJson.Smp(result));
                break;
            default:
                ForecastTables.WriteSmp(console, result);
                break;
        }
    }

    private static void WriteBdm(IAnsiConsole console, ForecastSettings settings, ForecastInput input)
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
            console.WriteRawLine(ForecastJson.Bdm(input, results));
        }
        else
        {
            ForecastTables.WriteBdm(console, input, results);
        }
    }
}
