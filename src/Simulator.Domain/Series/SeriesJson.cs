using System.Text.Json;
using System.Text.Json.Nodes;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Series;

/// <summary>
/// The stable JSON form of a <see cref="SeriesResult"/> (`sim run SERIES --format json`): the series,
/// runs and seed, the record over all rounds, and per round its id, file, days after the previous
/// round, its record share and its ordinary experiment result (the same keys `sim run` prints).
/// </summary>
public static class SeriesJson
{
    public static string Serialize(SeriesResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rounds = new JsonArray();
        foreach (var r in result.Rounds)
        {
            rounds.Add(new JsonObject
            {
                ["id"] = r.Id,
                ["scenarioFile"] = r.ScenarioFile.Replace('\\', '/'),
                ["daysAfterPrevious"] = r.DaysAfterPrevious,
                ["recordItems"] = r.RecordItems,
                ["recordMatchedRuns"] = r.RecordMatchedRuns,
                ["recordMatchedShare"] = r.RecordMatchedShare,
                ["result"] = JsonNode.Parse(ExperimentJson.Serialize(r.Result)),
            });
        }

        var root = new JsonObject
        {
            ["series"] = result.Series,
            ["title"] = result.Title,
            ["runs"] = result.Runs,
            ["seed"] = result.Seed,
            ["recordMatchedRuns"] = result.RecordMatchedRuns,
            ["recordMatchedShare"] = result.RecordMatchedShare,
            ["recordMatchedInterval"] = new JsonObject { ["low"] = result.RecordMatchedLow, ["high"] = result.RecordMatchedHigh },
            ["rounds"] = rounds,
        };
        return root.ToJsonString(ExperimentJson.Options);
    }
}
