using Microsoft.Extensions.Options;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Web.Classroom;

/// <summary>The shipped scenarios a class can start from, by id (the file name without `.yaml`); never an arbitrary path.</summary>
public sealed class ScenarioCatalog
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _files;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _series;
    private readonly Lazy<IReadOnlyList<ScenarioChoice>> _choices;

    public ScenarioCatalog(IOptions<ClassroomOptions> options, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = options.Value.ScenarioDirectory;
        var directory = new Lazy<string>(() => string.IsNullOrEmpty(configured) ? Find(environment.ContentRootPath) : configured);
        _files = new(() => Index(directory.Value));
        _series = new(() => IndexSeries(directory.Value));
        _choices = new(() => Choose(_files.Value, _series.Value));
    }

    public IReadOnlyList<string> Ids => [.. _files.Value.Keys.Order(StringComparer.Ordinal)];

    public bool Contains(string id) => _files.Value.ContainsKey(id);

    /// <summary>The shipped series (a class plays their rounds as meetings one after another), by id.</summary>
    public IReadOnlyList<string> SeriesIds => [.. _series.Value.Keys.Order(StringComparer.Ordinal)];

    public bool IsSeries(string? id) => id is not null && _series.Value.ContainsKey(id);

    /// <summary>What a teacher chooses from: the scenarios by title, then the series by title (a title read once per file, when first asked).</summary>
    public IReadOnlyList<ScenarioChoice> Choices => _choices.Value;

    /// <summary>A shipped series' snapshot (the form a class keeps it in).</summary>
    public string LoadSeries(string id) =>
        _series.Value.TryGetValue(id, out var file)
            ? Domain.Series.SeriesSnapshot.Create(file).Snapshot
            : throw new ScenarioException(new ScenarioError(id, 1, 1, $"no shipped series '{id}'", $"choose one of {string.Join(", ", SeriesIds)}"));

    /// <summary>The scenario and its resolved YAML (no `base:` left), or a <see cref="ScenarioException"/>.</summary>
    public ResolvedScenario Load(string id) =>
        _files.Value.TryGetValue(id, out var file)
            ? ScenarioLoader.LoadResolved(file)
            : throw new ScenarioException(new ScenarioError(id, 1, 1, $"no shipped scenario '{id}'", $"choose one of {string.Join(", ", Ids)}"));

    /// <summary>Shipped scenario files by id: the only files an upload's `base:` may name.</summary>
    public IReadOnlyDictionary<string, string> PathsById => _files.Value;

    /// <summary>The scenario files of the folder that load (a series file, which ties several scenarios together, is not a class).</summary>
    private static Dictionary<string, string> Index(string directory)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.yaml") : [])
        {
            try
            {
                _ = ScenarioLoader.Load(file);
                files[Path.GetFileNameWithoutExtension(file)] = file;
            }
            catch (ScenarioException)
            {
                // Not a playable scenario on its own.
            }
        }

        return files;
    }

    private static List<ScenarioChoice> Choose(IReadOnlyDictionary<string, string> scenarios, IReadOnlyDictionary<string, string> series)
    {
        var choices = scenarios.Select(f => new ScenarioChoice(f.Key, ScenarioLoader.Load(f.Value).Title, Series: false))
            .Concat(series.Select(f => new ScenarioChoice(f.Key, Domain.Series.SeriesLoader.Load(f.Value).Title, Series: true)));
        return [.. choices.OrderBy(c => c.Series).ThenBy(c => c.Title, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    private static Dictionary<string, string> IndexSeries(string directory)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.Exists(directory) ? Directory.GetFiles(directory, "*.yaml") : [])
        {
            if (Domain.Series.SeriesLoader.IsSeries(file))
            {
                files[Path.GetFileNameWithoutExtension(file)] = file;
            }
        }

        return files;
    }

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
