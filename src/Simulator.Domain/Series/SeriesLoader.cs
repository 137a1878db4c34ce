using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Series;

/// <summary>
/// Loads a series file: checks it against the schema, loads every round's scenario (each with the
/// ordinary loader, so an overlay on the previous round's file is the usual form), and checks what
/// ties them together: carry-over and trust naming issues and principals both rounds have, events
/// naming a known round after the first, and paths and agenda issues that exist in that round.
/// Every error is reported together as file:line:column with a hint; nothing half-loads.
/// </summary>
public static class SeriesLoader
{
    private static readonly HashSet<string> TopLevelKeys = new(StringComparer.Ordinal) { "id", "title", "description", "monteCarlo", "series" };

    /// <summary>Whether the file is a series (a mapping with a top-level `series:` key). Unreadable files are not: the scenario loader reports them.</summary>
    public static bool IsSeries(string path)
    {
        // Standard input is read once, by the scenario loader; a bad name, a device or a pipe is for it to report.
        if (ScenarioLoader.IsStandardInput(path) || string.IsNullOrWhiteSpace(path) || path.Any(char.IsControl))
        {
            return false;
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length == 0 || info.Length > YamlLimits.MaxBytes)
            {
                return false;
            }

            return YamlTreeReader.Read(ScenarioFileReader.ReadUserFile(path), path) is YMapping map && map.Find("series") is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ScenarioException or ArgumentException or NotSupportedException)
        {
            // A bad path (a NUL, say) is for the scenario loader to report clearly.
            return false;
        }
    }

    /// <summary>
    /// Loads the series. A `--set PATH=VALUE` applies to every round (each must have the path);
    /// `--set ROUND:PATH=VALUE` to that round only.
    /// </summary>
    public static SeriesDefinition Load(string path, IReadOnlyList<string>? sets = null)
    {
        var full = ScenarioLoader.FullPathOf(path, "FILE");
        var display = SafeText.Printable(DisplayName(full));
        var text = ScenarioFileReader.ReadFile(full, display, new SourceMark(display, 1, 1), isBase: false);

        var root = YamlTreeReader.Read(text, display) as YMapping
            ?? throw new ScenarioException(new ScenarioError(display, 1, 1, "a series file is a mapping of keys", "start it with id:, title: and series:"));
        var errors = new List<ScenarioError>();
        foreach (var entry in root.Entries.Where(e => !TopLevelKeys.Contains(e.Key)))
        {
            errors.Add(entry.KeyMark.Error(
                $"a series file holds only id, title, description, monteCarlo and series, not '{entry.Key}'",
                "put issues, parties, protocol and observed outcomes in a round's scenario file"));
        }

        errors.AddRange(SchemaChecker.Check(root));
        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        var binder = new SeriesBinder(root, new SeriesRoundSource.Files(Path.GetDirectoryName(full) ?? Environment.CurrentDirectory), display, sets ?? []);
        var series = binder.Bind(errors);
        return errors.Count > 0 ? throw new ScenarioException(errors) : series!;
    }

    /// <summary>Loads a series from its text and resolved rounds (<see cref="SeriesSnapshot.Load"/>), as <see cref="Load"/> would from the files.</summary>
    internal static SeriesDefinition LoadFrom(string text, string display, SeriesRoundSource rounds)
    {
        var root = YamlTreeReader.Read(text, display) as YMapping
            ?? throw new ScenarioException(new ScenarioError(display, 1, 1, "a series file is a mapping of keys", "start it with id:, title: and series:"));
        var errors = new List<ScenarioError>(SchemaChecker.Check(root));
        var series = errors.Count > 0 ? null : new SeriesBinder(root, rounds, display, []).Bind(errors);
        return errors.Count > 0 ? throw new ScenarioException(errors) : series!;
    }

    /// <summary>The `scenario:` of every round, in order, as the series file writes them.</summary>
    internal static List<(string Round, string File)> RoundFiles(string text, string display)
    {
        var root = YamlTreeReader.Read(text, display) as YMapping;
        var rounds = (root?["series"] as YMapping)?["rounds"] as YMapping;
        return [.. (rounds?.Entries ?? []).Select(e => (e.Key, ((e.Value as YMapping)?["scenario"] as YScalar)?.Text ?? ""))];
    }

    internal static string DisplayName(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) && relative.Count(c => c == Path.DirectorySeparatorChar) > 3 ? fullPath : relative;
    }

    /// <summary>The --set items for one round: unprefixed ones, and `ROUND:...` ones for this round.</summary>
    internal static List<string> SetsFor(string round, IReadOnlyList<string> sets, IReadOnlyCollection<string> rounds)
    {
        var own = new List<string>();
        foreach (var set in sets)
        {
            var colon = set.IndexOf(':', StringComparison.Ordinal);
            var eq = set.IndexOf('=', StringComparison.Ordinal);
            if (colon > 0 && (eq < 0 || colon < eq))
            {
                var prefix = set[..colon];
                if (!rounds.Contains(prefix))
                {
                    throw new ScenarioException(new ScenarioError("--set", 0, 0, $"--set {set}: no round '{prefix}'", DidYouMean.Hint(prefix, rounds, "rounds")));
                }

                if (prefix == round)
                {
                    own.Add(set[(colon + 1)..]);
                }
            }
            else
            {
                own.Add(set);
            }
        }

        return own;
    }

    /// <summary>Whether a scenario has a numeric parameter at <paramref name="path"/>.</summary>
    internal static bool HasParameter(Scenario scenario, string path) => scenario.AllParameters().Any(p => p.Path == path);

    internal static ParameterTable TableOf(Scenario scenario) => new(scenario.AllParameters());
}
