using Simulator.Domain.Scenarios.Loading.Yaml;

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
        return Build(root, DisplayName(Path.GetFullPath(path)), sets);
    }

    /// <summary>Loads a document held in memory; a `base:` in it resolves relative to the current directory.</summary>
    public static Scenario LoadText(string yaml, string displayName, IReadOnlyList<string>? sets = null)
    {
        var root = ResolveText(yaml, displayName, Environment.CurrentDirectory, []);
        return Build(root, displayName, sets);
    }

    /// <summary>
    /// The merged, self-contained YAML of a scenario (no `base:`, --set applied), validated first.
    /// It loads back through <see cref="LoadText"/> to an equal scenario.
    /// </summary>
    public static string ResolveToYaml(string path, IReadOnlyList<string>? sets = null) => LoadResolved(path, sets).Yaml;

    /// <summary>
    /// The scenario and its resolved YAML (the snapshot a cluster receives) from one read and one
    /// validation, for callers that need both.
    /// </summary>
    public static ResolvedScenario LoadResolved(string path, IReadOnlyList<string>? sets = null)
    {
        var root = ResolveFile(path);
        var display = DisplayName(Path.GetFullPath(path));
        var applied = ApplyAndCheck(root, sets);
        var scenario = Bind(applied, display);
        return new ResolvedScenario(scenario, YamlEmitter.Emit(applied, $"Resolved from {display}: overlays merged and --set overrides applied."));
    }

    private static Scenario Build(YNode root, string sourceFile, IReadOnlyList<string>? sets) =>
        Bind(ApplyAndCheck(root, sets), sourceFile);

    private static YNode ApplyAndCheck(YNode root, IReadOnlyList<string>? sets)
    {
        var errors = new List<ScenarioError>();
        if (sets is { Count: > 0 })
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
