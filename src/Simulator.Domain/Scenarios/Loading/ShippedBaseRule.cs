using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// `base:` in an uploaded scenario (the classroom server reads it): only a shipped scenario, named
/// by its id (`istanbul-2025-05-16`, or that id with `.yaml`, as shipped overlays write it), never a
/// path. The shipped files are the operator's own, so their `base:` chains (the baseline builds on
/// ../seeds) are followed as on the command line, without a folder limit.
/// </summary>
internal sealed class ShippedBaseRule(IReadOnlyDictionary<string, string> shippedPathsById) : BaseRule
{
    public override BaseLocation Locate(YScalar baseName, string directory)
    {
        RefuseControlCharacters(baseName);
        var name = baseName.Text;
        var id = IsYamlFileName(name) ? name[..name.LastIndexOf('.')] : name;
        var known = shippedPathsById.Keys.Order(StringComparer.Ordinal).ToList();
        if (id.IndexOfAny(['/', '\\']) >= 0 || id.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(name))
        {
            throw new ScenarioException(baseName.Mark.Error(
                $"base: '{SafeText.Excerpt(name)}' is a path; an uploaded scenario may only build on a shipped scenario, named by its id",
                $"write e.g. base: {known.FirstOrDefault() ?? "istanbul-2025-05-16"} (shipped: {string.Join(", ", known)})"));
        }

        if (!shippedPathsById.TryGetValue(id, out var path))
        {
            throw new ScenarioException(baseName.Mark.Error(
                $"base: '{SafeText.Excerpt(name)}' is not a shipped scenario",
                DidYouMean.Hint(id, known, "shipped scenarios")));
        }

        var full = Path.GetFullPath(path);
        var real = RealPath.Of(full) ?? full;
        return new BaseLocation(full, real, new FolderTreeBaseRule(Path.GetPathRoot(real) ?? real));
    }
}
