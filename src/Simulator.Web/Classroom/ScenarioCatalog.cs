using Microsoft.Extensions.Options;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Web.Classroom;

/// <summary>The shipped scenarios a class can start from, by id (the file name without `.yaml`); never an arbitrary path.</summary>
public sealed class ScenarioCatalog
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _files;

    public ScenarioCatalog(IOptions<ClassroomOptions> options, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = options.Value.ScenarioDirectory;
        _files = new(() => Index(string.IsNullOrEmpty(configured) ? Find(environment.ContentRootPath) : configured));
    }

    public IReadOnlyList<string> Ids => [.. _files.Value.Keys.Order(StringComparer.Ordinal)];

    public bool Contains(string id) => _files.Value.ContainsKey(id);

    /// <summary>The scenario and its resolved YAML (no `base:` left), or a <see cref="ScenarioException"/>.</summary>
    public ResolvedScenario Load(string id) =>
        _files.Value.TryGetValue(id, out var file)
            ? ScenarioLoader.LoadResolved(file)
            : throw new ScenarioException(new ScenarioError(id, 1, 1, $"no shipped scenario '{id}'", $"choose one of {string.Join(", ", Ids)}"));

    /// <summary>Shipped scenario files by id: the only files an upload's `base:` may name.</summary>
    public IReadOnlyDictionary<string, string> PathsById => _files.Value;

    private static Dictionary<string, string> Index(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.yaml").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.Ordinal)
            : [];

    private static string Find(string start)
    {
        var dir = new DirectoryInfo(start);
        for (var i = 0; i < 8 && dir is not null; i++, dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (File.Exists(Path.Combine(candidate, "scenario.schema.json")))
            {
                return candidate;
            }
        }

        return Path.Combine(start, "scenarios");
    }
}
