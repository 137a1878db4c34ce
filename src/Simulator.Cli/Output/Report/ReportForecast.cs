using Simulator.Domain.Forecasting;
using Simulator.Domain.Scenarios;

namespace Simulator.Cli.Output.Report;

/// <summary>
/// Where the political-science models (as `sim forecast` runs them) expect each issue to settle:
/// the compromise and weighted median, KTAB's Spatial Model of Politics (probability-weighted
/// final positions) and Bueno de Mesquita's model (weighted mean after its last round).
/// </summary>
internal sealed record ReportForecast(
    IReadOnlyList<string> Issues,
    IReadOnlyList<double> Compromise,
    IReadOnlyList<double> Median,
    IReadOnlyList<double> SpatialModel,
    IReadOnlyList<double> ExpectedUtility)
{
    /// <summary>The forecasts, or null when the models cannot take this scenario (e.g. fewer than two actors).</summary>
    public static ReportForecast? For(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        try
        {
            var input = ForecastInput.FromScenario(scenario);
            var dims = Enumerable.Range(0, input.DimensionCount).ToList();
            var smp = new Domain.Forecasting.SpatialModel().Run(input).Final.ProbabilityWeightedForecast();
            var bdm = new BdmModel(new BdmOptions());
            return new ReportForecast(
                input.DimensionNames,
                [.. dims.Select(d => CompromiseModel.Forecast(input, d))],
                [.. dims.Select(d => WeightedMedianModel.Forecast(input, d))],
                smp,
                [.. dims.Select(d => bdm.Run([.. input.Actors.Select(a => new BdmActor(a.Name, a.Capability, a.Positions[d], a.Saliences[d] / 100.0))]).Final.WeightedMean)]);
        }
        catch (ArgumentException)
        {
            // The models reject degenerate inputs; the report then simply has no forecast section.
            return null;
        }
    }
}
