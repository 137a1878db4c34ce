using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Series;

/// <summary>
/// Where a series' rounds come from: files beside the series file (loaded with the ordinary
/// loader, each with its own --set items), or the resolved rounds a <see cref="SeriesSnapshot"/>
/// carries (a silo has no files). Either way a round has the same display name and loads to an
/// equal scenario.
/// </summary>
internal abstract class SeriesRoundSource
{
    /// <summary>Round <paramref name="round"/>, whose scenario the series file names <paramref name="file"/>: its display name and how to load it, or null with <paramref name="missing"/> saying what was not found.</summary>
    public abstract (string Display, Func<IReadOnlyList<string>, Scenario> Load)? Find(string round, string file, out string missing);

    /// <summary>Round files relative to the series file's folder.</summary>
    public sealed class Files(string directory) : SeriesRoundSource
    {
        public override (string Display, Func<IReadOnlyList<string>, Scenario> Load)? Find(string round, string file, out string missing)
        {
            var full = Path.GetFullPath(Path.Combine(directory, file));
            missing = SeriesLoader.DisplayName(full);
            return File.Exists(full) ? (SeriesLoader.DisplayName(full), sets => ScenarioLoader.Load(full, sets)) : null;
        }
    }

    /// <summary>The resolved rounds of a snapshot, by round id (their --set items already applied).</summary>
    public sealed class Snapshot(IReadOnlyDictionary<string, SeriesSnapshot.Round> rounds) : SeriesRoundSource
    {
        public override (string Display, Func<IReadOnlyList<string>, Scenario> Load)? Find(string round, string file, out string missing)
        {
            missing = $"{file} (not in the snapshot)";
            return rounds.TryGetValue(round, out var resolved) ? (resolved.Display, _ => resolved.Load()) : null;
        }
    }
}
