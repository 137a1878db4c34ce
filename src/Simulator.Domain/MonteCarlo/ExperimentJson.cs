using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulator.Domain.MonteCarlo;

/// <summary>The stable JSON form of an <see cref="ExperimentResult"/>: camelCase keys, indented, invariant numbers.</summary>
public static class ExperimentJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(ExperimentResult result) => JsonSerializer.Serialize(result, Options);

    public static ExperimentResult Deserialize(string json) =>
        JsonSerializer.Deserialize<ExperimentResult>(json, Options) ?? throw new JsonException("empty experiment JSON");
}
