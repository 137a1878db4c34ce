using System.Text.Json.Nodes;

namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>
/// Converts our YAML tree to a JSON tree for schema evaluation, remembering which YAML node each
/// JSON pointer came from so schema errors can be reported at file:line:column.
/// </summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(YNode node, Dictionary<string, NodeAt> locations) => Convert(node, "", null, locations);

    private static JsonNode? Convert(YNode node, string pointer, SourceMark? keyMark, Dictionary<string, NodeAt> locations)
    {
        locations[pointer] = new NodeAt(node, keyMark);
        switch (node)
        {
            case YMapping map:
                var obj = new JsonObject();
                foreach (var entry in map.Entries)
                {
                    obj[entry.Key] = Convert(entry.Value, pointer + "/" + Escape(entry.Key), entry.KeyMark, locations);
                }

                return obj;
            case YSequence seq:
                var array = new JsonArray();
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    array.Add(Convert(seq.Items[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, locations));
                }

                return array;
            case YScalar scalar:
                return ConvertScalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? ConvertScalar(YScalar scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                return null;
            case ScalarKind.Boolean:
                return JsonValue.Create(ScalarTyping.IsTrue(scalar.Text));
            case ScalarKind.Number:
                ScalarTyping.TryNumber(scalar.Text, out var value);

                // The schema library computes in decimal; beyond ±1e20 only the sign matters to
                // a type check, and the real value still reaches the semantic checks.
                value = Math.Clamp(value, -1e20, 1e20);
                return Math.Abs(value) < 1e15 && value == Math.Floor(value)
                    ? JsonValue.Create((long)value)
                    : JsonValue.Create(value);
            default:
                return JsonValue.Create(scalar.Text);
        }
    }

    public static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}

/// <summary>A node and, when it is a mapping value, where its key sits.</summary>
internal readonly record struct NodeAt(YNode Node, SourceMark? KeyMark);
