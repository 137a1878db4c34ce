using System.Text.Json.Nodes;
using Json.Schema;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>The scenario JSON Schema, embedded in this assembly (the same file as scenarios/scenario.schema.json).</summary>
internal static class SchemaText
{
    private static readonly Lazy<string> Text = new(ReadResource);
    private static readonly Lazy<JsonSchema> Compiled = new(() => JsonSchema.FromText(Text.Value));
    private static readonly Lazy<JsonNode> Tree = new(() => JsonNode.Parse(Text.Value)!);

    public static JsonSchema Schema => Compiled.Value;

    /// <summary>The schema as a JSON tree, walked to find descriptions and known keys for hints.</summary>
    public static JsonNode Json => Tree.Value;

    private static string ReadResource()
    {
        using var stream = typeof(SchemaText).Assembly.GetManifestResourceStream("Simulator.Domain.scenario.schema.json")
            ?? throw new InvalidOperationException("the embedded scenario schema is missing from Simulator.Domain");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
