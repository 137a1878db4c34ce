using System.Text.Json;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Scoring;

/// <summary>The stable JSON form of a <see cref="ScoreCard"/> (the same conventions as `sim run --format json`).</summary>
public static class ScoreJson
{
    public static string Serialize(ScoreCard card) => JsonSerializer.Serialize(card, ExperimentJson.Options);

    public static ScoreCard Deserialize(string json) =>
        JsonSerializer.Deserialize<ScoreCard>(json, ExperimentJson.Options) ?? throw new JsonException("empty score JSON");
}
