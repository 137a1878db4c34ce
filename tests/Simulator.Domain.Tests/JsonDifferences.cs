using System.Text.Json.Nodes;

namespace Simulator.Domain.Tests;

/// <summary>
/// Compares two JSON documents key by key and lists every difference with its path (for example
/// <c>issues[1].agreedValues.mean: expected 1032.65, actual 1030.1</c>). Numbers are compared by
/// their printed text, so a change in the last digit counts.
/// </summary>
internal static class JsonDifferences
{
    public static List<string> Between(string expectedJson, string actualJson)
    {
        var differences = new List<string>();
        Walk("$", JsonNode.Parse(expectedJson), JsonNode.Parse(actualJson), differences);
        return differences;
    }

    private static void Walk(string path, JsonNode? expected, JsonNode? actual, List<string> differences)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (a.ContainsKey(key))
                    {
                        Walk($"{path}.{key}", value, a[key], differences);
                    }
                    else
                    {
                        differences.Add($"{path}.{key}: expected {Text(value)}, actual has no such key");
                    }
                }

                foreach (var (key, value) in a)
                {
                    if (!e.ContainsKey(key))
                    {
                        differences.Add($"{path}.{key}: not expected, actual {Text(value)}");
                    }
                }

                break;
            case (JsonArray e, JsonArray a):
                for (var k = 0; k < Math.Max(e.Count, a.Count); k++)
                {
                    if (k >= e.Count)
                    {
                        differences.Add($"{path}[{k}]: not expected, actual {Text(a[k])}");
                    }
                    else if (k >= a.Count)
                    {
                        differences.Add($"{path}[{k}]: expected {Text(e[k])}, actual array ends");
                    }
                    else
                    {
                        Walk($"{path}[{k}]", e[k], a[k], differences);
                    }
                }

                break;
            default:
                if (Text(expected) != Text(actual))
                {
                    differences.Add($"{path}: expected {Text(expected)}, actual {Text(actual)}");
                }

                break;
        }
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
