using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulator.Domain.Classroom;

/// <summary>The recorded form of a class input (what a grain persists and replays).</summary>
public static class ClassInputJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(ClassInput input) => JsonSerializer.Serialize(input, Options);

    public static ClassInput Read(string json) =>
        JsonSerializer.Deserialize<ClassInput>(json, Options) ?? throw new JsonException("empty class input");
}
