using Simulator.Domain.Scenarios.Loading.Yaml;
using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// Loads scenario YAML: resolves `base:` overlays, applies `--set` overrides, checks the schema and
/// the semantics, and builds the <see cref="Scenario"/>. Throws <see cref="ScenarioException"/>
/// carrying every error found; a bad scenario never half-loads.
/// </summary>
/// <remarks>
/// Every read is bounded (1 MiB, enforced while reading), special files are refused, and a `base:`
/// resolves only inside the folder tree the scenario was loaded from, or inside the root the caller
/// names; an uploaded scenario (<see cref="LoadUploaded"/>) may only build on a shipped scenario.
/// </remarks>
public static class ScenarioLoader
{
    /// <summary>The file name that means "read standard input".</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// What a command line passes for `-` (command-line parsers take a lone dash for an option):
    /// it holds a control character, so no real file name can be mistaken for it.
    /// </summary>
    public const string StandardInputArgument = "\u0001stdin";

    /// <summary>True for `-` and its command-line stand-in.</summary>
    public static bool IsStandardInput(string? path) => path is StandardInput or StandardInputArgument;

    /// <summary>Overlays on overlays are fine; a chain this long is a mistake.</summary>
    private const int MaxBaseChain = 16;

    private const string StandardInputDisplay = "<stdin>";

    private const string SnapshotHeader = "Resolved scenario: overlays merged; --set changes of numeric parameters travel beside it as overrides.";

    /// <param name="path">The scenario file, or <see cref="StandardInput"/>.</param>
    /// <param name="sets">`PATH=VALUE` overrides.</param>
    /// <param name="baseRoot">The folder every `base:` must lie in (default: the git work tree holding <paramref name="path"/>, else its folder).</param>
    public static Scenario Load(string path, IReadOnlyList<string>? sets = null, string? baseRoot = null)
    {
        var (root, display) = ResolveTop(path, baseRoot);
        return Resolve(root, display, sets, emit: false).Scenario;
    }

    /// <summary>Loads a document held in memory; a `base:` in it resolves inside the current directory's tree.</summary>
    public static Scenario LoadText(string yaml, string displayName, IReadOnlyList<string>? sets = null)
    {
        var directory = Environment.CurrentDirectory;
        var root = ResolveText(yaml, SafeText.Printable(displayName), directory, [], FolderTreeBaseRule.Around(directory));
        return Resolve(root, SafeText.Printable(displayName), sets, emit: false).Scenario;
    }

    /// <summary>
    /// Loads a scenario a user uploaded (the classroom server reads it): its `base:` may only name a
    /// shipped scenario by id (a key of <paramref name="shippedScenarioPathsById"/>, optionally with
    /// `.yaml`), never a path; the same size limits as files apply, and errors quote only short,
    /// escaped excerpts of the upload itself.
    /// </summary>
    public static ResolvedScenario LoadUploaded(
        string yaml,
        string displayName,
        IReadOnlyDictionary<string, string> shippedScenarioPathsById,
        IReadOnlyList<string>? sets = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(shippedScenarioPathsById);
        var display = SafeText.Excerpt(string.IsNullOrWhiteSpace(displayName) ? "upload.yaml" : displayName.Trim(), 80);
        var root = ResolveText(yaml, display, Environment.CurrentDirectory, [], new ShippedBaseRule(shippedScenarioPathsById));
        return Resolved(root, display, sets);
    }

    /// <summary>
    /// The merged, self-contained YAML of a scenario (no `base:`, --set applied), validated first.
    /// It loads back through <see cref="LoadText"/> to an equal scenario.
    /// </summary>
    public static string ResolveToYaml(string path, IReadOnlyList<string>? sets = null, string? baseRoot = null) => LoadResolved(path, sets, baseRoot).Yaml;

    /// <summary>
    /// The scenario, its resolved YAML, and the experiment's wire form (the snapshot without the
    /// parameter overrides, plus the overrides) from one read and one validation.
    /// </summary>
    public static ResolvedScenario LoadResolved(string path, IReadOnlyList<string>? sets = null, string? baseRoot = null)
    {
        var (root, display) = ResolveTop(path, baseRoot);
        return Resolved(root, display, sets);
    }

    private static ResolvedScenario Resolved(YNode root, string display, IReadOnlyList<string>? sets)
    {
        return Resolve(root, display, sets, emit: true);
    }

    /// <summary>
    /// Splits the --set list: a set on a numeric parameter is a <see cref="ParameterOverride"/> (the
    /// one override path sweeps and sensitivity use too); any other (a protocol kind, a flag, a run
    /// count) changes the document and is applied to the YAML tree. Every set is first applied to
    /// the tree, so a typo or a value of the wrong type is reported at the --set as before.
    /// </summary>
    private static ResolvedScenario Resolve(YNode root, string display, IReadOnlyList<string>? sets, bool emit)
    {
        var header = $"Resolved from {display}: overlays merged and --set overrides applied.";
        if (sets is not { Count: > 0 })
        {
            var plain = ApplyAndCheck(root, []);
            var scenario = Bind(plain, display);
            return new ResolvedScenario(scenario, emit ? YamlEmitter.Emit(plain, header) : "") { Snapshot = emit ? YamlEmitter.Emit(plain, SnapshotHeader) : "" };
        }

        var numbered = sets.Select((set, i) => (Position: i + 1, Set: set)).ToList();
        var all = ApplyAndCheck(root, numbered);
        var values = ScenarioBinder.Bind((YMapping)all, display).AllParameters().ToDictionary(p => p.Path, p => p.Value, StringComparer.Ordinal);
        var overrides = new List<ParameterOverride>();
        var structural = new List<(int Position, string Set)>();
        foreach (var (position, set) in numbered)
        {
            var path = set[..set.IndexOf('=', StringComparison.Ordinal)].Trim();
            if (values.TryGetValue(path, out var value))
            {
                overrides.Add(new ParameterOverride(path, value, ParameterOverride.SetSource, position));
            }
            else
            {
                structural.Add((position, set));
            }
        }

        var applied = ApplyAndCheck(root, structural);
        var loaded = ParameterOverrides.Apply(Bind(applied, display), overrides);
        return new ResolvedScenario(loaded, emit ? YamlEmitter.Emit(all, header) : "")
        {
            // No file name in the snapshot: its content key must not depend on where the command ran.
            Snapshot = emit ? YamlEmitter.Emit(applied, SnapshotHeader) : "",
            Overrides = overrides,
        };
    }

    private static YNode ApplyAndCheck(YNode root, IReadOnlyList<(int Position, string Set)> sets)
    {
        var errors = new List<ScenarioError>();
        if (sets.Count > 0)
        {
            root = SetOverrides.Apply(root, sets, errors);
        }

        errors.AddRange(SchemaChecker.Check(root));
        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        return root;
    }

    private static Scenario Bind(YNode root, string sourceFile)
    {
        var scenario = ScenarioBinder.Bind((YMapping)root, sourceFile);
        var errors = ScenarioSemantics.Check(scenario, new PathIndex(root));
        return errors.Count > 0 ? throw new ScenarioException(errors) : scenario;
    }

    private static (YNode Root, string Display) ResolveTop(string path, string? baseRoot)
    {
        var rootFolder = baseRoot is null ? null : FullPathOf(baseRoot, "--base-root");
        if (IsStandardInput(path))
        {
            var directory = Environment.CurrentDirectory;
            var text = ScenarioFileReader.ReadStandardInput(StandardInputDisplay);
            return (ResolveText(text, StandardInputDisplay, directory, [], rootFolder is null ? FolderTreeBaseRule.Around(directory) : new FolderTreeBaseRule(rootFolder)), StandardInputDisplay);
        }

        var full = FullPathOf(path, "FILE");
        var display = DisplayName(full);
        var folder = Path.GetDirectoryName(full) ?? Environment.CurrentDirectory;
        var rule = rootFolder is null ? FolderTreeBaseRule.Around(folder) : new FolderTreeBaseRule(rootFolder);
        var real = RealPath.Of(full) ?? full;
        return (ResolveFile(new BaseLocation(full, real, rule), [], null), display);
    }

    /// <summary>The full path of a name the user typed; an empty name or one with control characters is an error, not an exception.</summary>
    private static string FullPathOf(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ScenarioException(new ScenarioError("(command line)", 1, 1,
                $"no scenario file named: the {what} argument is empty",
                "give the path of a scenario YAML file, e.g. scenarios/istanbul-2025-05-16.yaml, or '-' for standard input"));
        }

        var printable = SafeText.Excerpt(path, 120);
        if (path.Any(char.IsControl))
        {
            throw new ScenarioException(new ScenarioError(printable, 1, 1,
                $"the {what} name holds a control character (shown escaped), which no file name here may hold",
                "type the file name in plain characters"));
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ScenarioException(new ScenarioError(printable, 1, 1, $"the {what} name is not a usable path", "check the file name"));
        }
    }

    private static YNode ResolveFile(BaseLocation file, List<string> chain, SourceMark? referencedFrom)
    {
        var display = DisplayName(file.FullPath);
        var text = ScenarioFileReader.ReadFile(file.ReadPath, display, referencedFrom ?? new SourceMark(display, 1, 1), referencedFrom is not null);
        return ResolveText(text, display, Path.GetDirectoryName(file.FullPath) ?? Environment.CurrentDirectory, [.. chain, file.ReadPath], file.Next);
    }

    private static YNode ResolveText(string text, string display, string directory, List<string> chain, BaseRule rule)
    {
        var root = YamlTreeReader.Read(text, display);
        if (root is not YMapping map)
        {
            throw new ScenarioException(root.Mark.Error(
                $"a scenario is a mapping of keys, but this file holds {root.KindName}",
                "start the file with 'id:', 'title:', 'issues:' and 'parties:' (or 'base:' for an overlay)"));
        }

        if (map.Find("series") is { } series)
        {
            throw new ScenarioException(series.KeyMark.Error(
                "this file is a series of rounds, not one scenario",
                "sim run, explain, calibrate and validate take a series; other commands take one round's scenario file"));
        }

        if (map.Find("base") is not { } baseEntry)
        {
            return map;
        }

        if (baseEntry.Value is not YScalar { Kind: ScalarKind.String } baseName || baseName.Text.Length == 0)
        {
            throw new ScenarioException(baseEntry.Value.Mark.Error("base: must name a scenario file", "write e.g. base: istanbul-2025-05-16.yaml (relative to this file)"));
        }

        var location = rule.Locate(baseName, directory);
        if (chain.Contains(location.ReadPath, StringComparer.Ordinal))
        {
            var cycle = string.Join(" -> ", chain.Append(location.ReadPath).Select(DisplayName));
            throw new ScenarioException(baseName.Mark.Error($"base cycle: {cycle}", "an overlay cannot be (directly or indirectly) its own base; point base: at the original scenario"));
        }

        if (chain.Count >= MaxBaseChain)
        {
            throw new ScenarioException(baseName.Mark.Error($"more than {MaxBaseChain} overlays stacked on each other", "flatten the chain of base: files"));
        }

        var baseTree = ResolveFile(location, chain, baseName.Mark);
        var overlay = new YMapping(map.Mark, [.. map.Entries.Where(e => !ReferenceEquals(e, baseEntry))]);
        return MergePatch.Apply(baseTree, overlay);
    }

    private static string DisplayName(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) && relative.Count(c => c == Path.DirectorySeparatorChar) > 3 ? fullPath : relative;
        return SafeText.Printable(shown);
    }
}
