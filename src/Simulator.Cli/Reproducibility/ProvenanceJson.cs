using System.Text.Json;
using System.Text.Json.Nodes;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Cli.Reproducibility;

/// <summary>
/// Adds the <c>provenance</c> object to a command's JSON output (an object at the top gets it as its
/// last property, the same shape as in `sim run`'s result.json), leaving every other byte's meaning
/// as the command wrote it.
/// </summary>
internal static class ProvenanceJson
{
    public const string Property = "provenance";

    public static string Attach(string json, ResultProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var node = JsonNode.Parse(json) as JsonObject
            ?? throw new InvalidOperationException("a command's JSON output is an object; this one is not");
        node.Remove(Property);
        node[Property] = JsonSerializer.SerializeToNode(provenance, ExperimentJson.Options);
        return node.ToJsonString(ExperimentJson.Options);
    }

    /// <summary>The id of the JSON block `sim report` embeds in its HTML.</summary>
    public const string HtmlElementId = "sim-provenance";

    /// <summary>
    /// `sim report`'s HTML with its provenance as a JSON block (<c>&lt;script type="application/json" id="sim-provenance"&gt;</c>)
    /// before the end of the body, where a script or a person can read it without rendering the page.
    /// </summary>
    public static string EmbedInHtml(string html, ResultProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(html);
        // "</" would end the script element early; "<\/" is the same JSON string.
        var json = JsonSerializer.Serialize(provenance, ExperimentJson.Options).Replace("</", "<\\/", StringComparison.Ordinal);
        var block = $"<script type=\"application/json\" id=\"{HtmlElementId}\">\n{json}\n</script>\n";
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return end < 0 ? html + block : html.Insert(end, block);
    }

    /// <summary>
    /// `sim compare`'s JSON: <c>comparisons</c> (each of B, C, … against A, carrying the provenance of
    /// its own scenario) and <c>provenance</c>, the reference scenario A's.
    /// </summary>
    public static string Comparisons(string comparisonsJson, ResultProvenance reference, IReadOnlyList<ResultProvenance> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var comparisons = JsonNode.Parse(comparisonsJson) as JsonArray
            ?? throw new InvalidOperationException("the comparisons' JSON is an array; this one is not");
        for (var k = 0; k < comparisons.Count && k < others.Count; k++)
        {
            comparisons[k]![Property] = JsonSerializer.SerializeToNode(others[k], ExperimentJson.Options);
        }

        var root = new JsonObject
        {
            ["comparisons"] = comparisons,
            [Property] = JsonSerializer.SerializeToNode(reference, ExperimentJson.Options),
        };
        return root.ToJsonString(ExperimentJson.Options);
    }
}
