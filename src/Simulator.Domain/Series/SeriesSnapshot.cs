using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Loading.Yaml;
using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Domain.Series;

/// <summary>
/// A series in one self-contained text, the form it travels to a silo in (a silo has no files): the
/// series file's own text and, per round, its display name and its resolved scenario as the
/// experiment grain receives a scenario (the YAML with overlays merged, plus the --set changes of
/// numeric parameters as overrides). <see cref="Load"/> on a silo gives the series
/// <see cref="SeriesLoader.Load"/> gives from the files, so results are identical wherever they run.
/// </summary>
public static class SeriesSnapshot
{
    public const string Format = "simulator-series-snapshot/1";

    /// <summary>One resolved round.</summary>
    public sealed record Round(string Display, string Yaml, IReadOnlyList<ParameterOverride> Overrides)
    {
        public Scenario Load() => ParameterOverrides.Apply(ScenarioLoader.LoadText(Yaml, Display), Overrides);
    }

    /// <summary>Loads the series at <paramref name="path"/> (every error as <see cref="SeriesLoader.Load"/> reports it) and its snapshot.</summary>
    public static (SeriesDefinition Definition, string Snapshot) Create(string path, IReadOnlyList<string>? sets = null)
    {
        var definition = SeriesLoader.Load(path, sets);
        var full = ScenarioLoader.FullPathOf(path, "FILE");
        var display = SafeText.Printable(SeriesLoader.DisplayName(full));
        var text = ScenarioFileReader.ReadFile(full, display, new SourceMark(display, 1, 1), isBase: false);
        var directory = Path.GetDirectoryName(full) ?? Environment.CurrentDirectory;
        var files = SeriesLoader.RoundFiles(text, display);
        var ids = files.Select(f => f.Round).ToList();
        var rounds = new JsonArray();
        foreach (var (round, file) in files)
        {
            var roundFile = Path.GetFullPath(Path.Combine(directory, file));
            var resolved = ScenarioLoader.LoadResolved(roundFile, SeriesLoader.SetsFor(round, sets ?? [], ids));
            rounds.Add(new JsonObject
            {
                ["round"] = round,
                ["display"] = SeriesLoader.DisplayName(roundFile),
                ["yaml"] = resolved.Snapshot,
                ["overrides"] = new JsonArray([.. resolved.Overrides.Select(o => (JsonNode)new JsonObject
                {
                    ["path"] = o.Path,
                    ["value"] = o.Value.ToString("R", CultureInfo.InvariantCulture),
                    ["source"] = o.Source,
                    ["position"] = o.Position,
                })]),
            });
        }

        var snapshot = new JsonObject { ["format"] = Format, ["display"] = display, ["text"] = text, ["rounds"] = rounds };
        return (definition, snapshot.ToJsonString());
    }

    /// <summary>Whether <paramref name="snapshot"/> is a series snapshot (rather than a scenario's YAML).</summary>
    public static bool IsSnapshot(string snapshot) =>
        snapshot is not null && snapshot.StartsWith("{\"format\":\"" + Format + "\"", StringComparison.Ordinal);

    /// <summary>The series a snapshot holds; a malformed one is a <see cref="ScenarioException"/>.</summary>
    public static SeriesDefinition Load(string snapshot)
    {
        try
        {
            var root = JsonNode.Parse(snapshot) as JsonObject ?? throw new JsonException("not an object");
            if (Text(root, "format") != Format)
            {
                throw new JsonException($"format is not {Format}");
            }

            var rounds = new Dictionary<string, Round>(StringComparer.Ordinal);
            foreach (var r in Field(root, "rounds").AsArray())
            {
                var overrides = Field(r, "overrides").AsArray().Select(o => new ParameterOverride(
                    Text(o, "path"),
                    double.Parse(Text(o, "value"), NumberStyles.Float, CultureInfo.InvariantCulture),
                    Text(o, "source"),
                    Field(o, "position").GetValue<int>())).ToList();
                rounds[Text(r, "round")] = new Round(Text(r, "display"), Text(r, "yaml"), overrides);
            }

            return SeriesLoader.LoadFrom(Text(root, "text"), Text(root, "display"), new SeriesRoundSource.Snapshot(rounds));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new ScenarioException(new ScenarioError("series snapshot", 1, 1, $"not a series snapshot: {ex.Message}", "send the text SeriesSnapshot.Create made"));
        }
    }

    /// <summary>The resolved YAML of round <paramref name="index"/> (in the series' order) of a snapshot.</summary>
    public static string RoundYaml(string snapshot, int index)
    {
        var rounds = (JsonNode.Parse(snapshot) as JsonObject)?["rounds"]?.AsArray()
            ?? throw new ScenarioException(new ScenarioError("series snapshot", 1, 1, "not a series snapshot: no rounds", "send the text SeriesSnapshot.Create made"));
        return Text(rounds[index], "yaml");
    }

    private static JsonNode Field(JsonNode? node, string key) =>
        node?[key] ?? throw new JsonException($"'{key}' is missing");

    private static string Text(JsonNode? node, string key) => Field(node, key).GetValue<string>();
}
