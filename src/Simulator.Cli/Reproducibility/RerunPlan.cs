using Simulator.Cli.Commands;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Cli.Reproducibility;

/// <summary>
/// What `sim run` runs: the command line's scenario, --set, --runs and --seed, or with --rerun the
/// ones a saved result's provenance records (and then the scenario must still resolve to the same
/// SHA-256, or nothing is run).
/// </summary>
internal sealed record RerunPlan(string File, IReadOnlyList<string> Sets, int? Runs, ulong? Seed)
{
    public static RerunPlan For(RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Rerun is not { } path)
        {
            return new RerunPlan(settings.File, settings.Sets, settings.Runs, settings.Seed);
        }

        if (settings.Sets.Length > 0 || settings.Runs is not null || settings.Seed is not null)
        {
            throw new UserInputException($"--rerun {path} reruns the experiment as it was made: leave out --set, --runs and --seed (or run the scenario without --rerun).");
        }

        var provenance = RerunArguments.Read(path);
        var file = string.IsNullOrEmpty(settings.File) ? provenance.ScenarioPath : settings.File;
        var (_, yaml) = ScenarioLoader.LoadResolved(file, provenance.Sets, settings.BaseRoot);
        var hash = ProvenanceFactory.Sha256(yaml);
        if (hash != provenance.ScenarioSha256)
        {
            throw new UserInputException(
                $"--rerun {path}: {file} (with its overlays and the recorded --set) no longer resolves to the scenario the result was made from " +
                $"(SHA-256 {hash[..12]}… now, {provenance.ScenarioSha256[..12]}… then); restore the files it was made from (see provenance.overlays) to rerun it.");
        }

        return new RerunPlan(file, provenance.Sets, provenance.Runs, provenance.Seed);
    }
}
