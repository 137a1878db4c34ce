using Simulator.Domain.Scenarios.Loading.Yaml;
using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// Loads scenario YAML: resolves `base:` overlays, applies `--set` overrides, checks the schema and
/// the semantics, and builds the <see cref="Scenario"/>. Throws <see cref="ScenarioException"/>
/// carrying every error found; a bad scenario never half-loads.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Overlays on overlays are fine; a chain this long is a mistake.</summary>
    private const int MaxBaseChain = 16;

    public static Scenario Load(string path, IReadOnlyList<string>? sets = null)
    {
        var root = ResolveFile(path);
        return Resolve(root, DisplayName(Path.GetFullPath(path)), sets, emit: false).Scenario;
    }

    /// <summary>Loads a document held in memory; a `base:` in it resolves relative to the current directory.</summary>
    public static Scenario LoadText(string yaml, string displayName, IReadOnlyList<string>? sets = null)
    {
        var root = ResolveText(yaml, displayName, Environment.CurrentDirectory, []);
        return Resolve(root, displayName, sets, emit: false).Scenario;
    }

    /// <summary>
    /// The merged, self-contained YAML of a scenario (no `base:`, --set applied), validated first.
    /// It loads back through <see cref="LoadText"/> to an equal scenario.
    /// </summary>
    public static string ResolveToYaml(string path, IReadOnlyList<string>? sets = null) => LoadResolved(path, sets).Yaml;

    /// <summary>
    /// The scenario, its resolved YAML, and the experiment's wire form (the snapshot without the
    /// parameter overrides, plus the overrides) from one read and one validation.
    /// </summary>
    public static ResolvedScenario LoadResolved(string path, IReadOnlyList<string>? sets = null)
    {
        var root = ResolveFile(path);
        return Resolve(root, DisplayName(Path.GetFullPath(path)), sets, emit: true);
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
            var yaml = emit ? YamlEmitter.Emit(plain, header) : "";
            return new ResolvedScenario(scenario, yaml) { Snapshot = yaml };
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
            Snapshot = emit ? YamlEmitter.Emit(applied, $"Resolved from {display}: overlays merged; parameter overrides travel beside it.") : "",
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

    private static YNode ResolveFile(string path) => ResolveFile(Path.GetFullPath(path), [], null);

    private static YNode ResolveFile(string fullPath, List<string> chain, SourceMark? referencedFrom)
    {
        var display = DisplayName(fullPath);
        var text = ReadFile(fullPath, display, referencedFrom);
        return ResolveText(text, display, Path.GetDirectoryName(fullPath) ?? Environment.CurrentDirectory, [.. chain, fullPath]);
    }

    private static YNode ResolveText(string text, string display, string directory, List<string> chain)
    {
        var root = YamlTreeReader.Read(text, display);
        if (root is not YMapping map)
        {
            throw new ScenarioException(root.Mark.Error(
                $"a scenario is a mapping of keys, but this file holds {root.KindName}",
                "start the file with 'id:', 'title:', 'issues:' and 'parties:' (or 'base:' for an overlay)"));
        }

        if (map.Find("base") is not { } baseEntry)
        {
            return map;
        }

        if (baseEntry.Value is not YScalar { Kind: ScalarKind.String } baseName || baseName.Text.Length == 0)
        {
            throw new ScenarioException(baseEntry.Value.Mark.Error("base: must name a scenario file", "write e.g. base: istanbul-2025-05-16.yaml (relative to this file)"));
        }

        var basePath = Path.GetFullPath(Path.Combine(directory, baseName.Text));
        if (chain.Contains(basePath, StringComparer.Ordinal))
        {
            var cycle = string.Join(" -> ", chain.Append(basePath).Select(DisplayName));
            throw new ScenarioException(baseName.Mark.Error($"base cycle: {cycle}", "an overlay cannot be (directly or indirectly) its own base; point base: at the original scenario"));
        }

        if (chain.Count >= MaxBaseChain)
        {
            throw new ScenarioException(baseName.Mark.Error($"more than {MaxBaseChain} overlays stacked on each other", "flatten the chain of base: files"));
        }

        var baseTree = ResolveFile(basePath, chain, baseName.Mark);
        var overlay = new YMapping(map.Mark, [.. map.Entries.Where(e => !ReferenceEquals(e, baseEntry))]);
        return MergePatch.Apply(baseTree, overlay);
    }

    private static string ReadFile(string fullPath, string display, SourceMark? referencedFrom)
    {
        var at = referencedFrom ?? new SourceMark(display, 1, 1);
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                throw new ScenarioException(at.Error(
                    referencedFrom is null ? $"file not found: {display}" : $"base file not found: {display}",
                    "check the path; a base: path is relative to the file that names it"));
            }

            if (info.Length > YamlLimits.MaxBytes)
            {
                throw new ScenarioException(new ScenarioError(display, 1, 1,
                    $"the file is larger than {YamlLimits.MaxBytes / 1024} KiB; refusing to read it",
                    "a scenario is a few hundred lines; check that this is the file you meant"));
            }

            return File.ReadAllText(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(at.Error($"cannot read {display}: {ex.Message}", "check that the file exists and is readable"));
        }
    }

    private static string DisplayName(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) && relative.Count(c => c == Path.DirectorySeparatorChar) > 3 ? fullPath : relative;
    }
}
