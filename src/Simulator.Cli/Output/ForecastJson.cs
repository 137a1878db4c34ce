using System.Text.Json;
using System.Text.Json.Nodes;
using Simulator.Domain.Forecasting;

namespace Simulator.Cli.Output;

/// <summary>JSON output of `sim forecast`: positions on the 0-100 scale, one object per model run.</summary>
internal static class ForecastJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Points(string model, ForecastInput input, IReadOnlyList<double> values)
    {
        var issues = new JsonArray();
        for (var d = 0; d < input.DimensionCount; d++)
        {
            issues.Add(new JsonObject { ["issue"] = input.DimensionNames[d], ["forecast"] = values[d] });
        }

        return new JsonObject { ["model"] = model, ["title"] = input.Title, ["issues"] = issues }.ToJsonString(Indented);
    }

    public static string Smp(SmpResult result)
    {
        var input = result.Input;
        var states = new JsonArray();
        foreach (var state in result.States)
        {
            states.Add(new JsonObject
            {
                ["state"] = state.Index,
                ["positions"] = Matrix(state.Positions),
                ["riskAttitudes"] = Array(state.RiskAttitudes),
                ["probabilities"] = Array(state.Probabilities),
                ["movement"] = state.Movement,
            });
        }

        var final = result.Final;
        var outcomes = new JsonArray();
        for (var u = 0; u < final.UniqueRepresentatives.Count; u++)
        {
            var holders = new JsonArray();
            for (var i = 0; i < input.ActorCount; i++)
            {
                if (final.GroupOf[i] == u)
                {
                    holders.Add(input.Actors[i].Name);
                }
            }

            outcomes.Add(new JsonObject
            {
                ["heldBy"] = holders,
                ["probability"] = final.UniqueProbabilities[u],
                ["position"] = Array(final.Positions[final.UniqueRepresentatives[u]]),
            });
        }

        return new JsonObject
        {
            ["model"] = "smp",
            ["title"] = input.Title,
            ["actors"] = Strings(input.Actors.Select(a => a.Name)),
            ["issues"] = Strings(input.DimensionNames),
            ["states"] = states,
            ["finalPositions"] = outcomes,
            ["probabilityWeightedForecast"] = Array(final.ProbabilityWeightedForecast()),
            ["modalForecast"] = Array(final.ModalForecast()),
        }.ToJsonString(Indented);
    }

    public static string Bdm(ForecastInput input, IReadOnlyList<BdmResult> results)
    {
        var issues = new JsonArray();
        for (var d = 0; d < input.DimensionCount; d++)
        {
            var rounds = new JsonArray();
            foreach (var round in results[d].Rounds)
            {
                var offers = new JsonArray();
                foreach (var offer in round.Offers)
                {
                    offers.Add(new JsonObject
                    {
                        ["receiver"] = input.Actors[offer.Receiver].Name,
                        ["proposer"] = input.Actors[offer.Proposer].Name,
                        ["kind"] = offer.Kind.ToString().ToLowerInvariant(),
                        ["receiverGain"] = offer.ReceiverGain,
                        ["proposerGain"] = offer.ProposerGain,
                        ["newPosition"] = offer.NewPosition,
                    });
                }

                rounds.Add(new JsonObject
                {
                    ["round"] = round.Index,
                    ["positions"] = Array(round.Positions),
                    ["weightedMean"] = round.WeightedMean,
                    ["median"] = round.Median,
                    ["offers"] = offers,
                });
            }

            issues.Add(new JsonObject { ["issue"] = input.DimensionNames[d], ["rounds"] = rounds });
        }

        return new JsonObject
        {
            ["model"] = "bdm",
            ["title"] = input.Title,
            ["actors"] = Strings(input.Actors.Select(a => a.Name)),
            ["issues"] = issues,
        }.ToJsonString(Indented);
    }

    private static JsonArray Array(IEnumerable<double> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonArray Matrix(IEnumerable<IReadOnlyList<double>> rows) => new(rows.Select(r => (JsonNode?)Array(r)).ToArray());
}
