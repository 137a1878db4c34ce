using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Series;

namespace Simulator.Benchmarks;

/// <summary>
/// `-- check [SEEDS] [RUNS]`: the frozen baseline engine and the current one on every scenario in
/// <c>scenarios/</c> (a series' rounds each on their own), for seeds 1..SEEDS: each of the first 200 runs compared outcome by outcome
/// (values in round-trip form, blocker keys and explanations), and the aggregate of RUNS runs
/// compared as the JSON `sim run` writes. Exit code 1 when anything differs. `--save FILE` writes
/// the current engine's results instead, and `--against FILE` compares with such a file rather than
/// with the baseline (for semantics that changed on main after the baseline was frozen: save with a
/// build of main, compare with the branch).
/// </summary>
public static class EquivalenceCheck
{
    private const int RunsComparedOneByOne = 200;

    // The shipped scenarios and the CLI tests' fixtures (some of which are invalid on purpose and are skipped).
    private static readonly string[] Folders = ["scenarios", "seeds", "tests/Simulator.Cli.Tests/Scenarios", "tests/Simulator.Cli.Tests/Fixtures"];

    public static int Run(string[] args)
    {
        var numbers = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var seeds = numbers.Length > 0 ? int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var runs = numbers.Length > 1 ? int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        var save = Option(args, "--save");
        var against = Option(args, "--against");

        // The reference: the frozen baseline engine, or what another build of the current engine saved
        // (for semantics that changed on main since the baseline was frozen).
        var saved = against is null ? null : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(against))!;
        var written = save is null ? null : new Dictionary<string, string>(StringComparer.Ordinal);
        var referenceName = against is null ? "baseline" : "reference";
        var differences = 0;
        var compared = 0;
        foreach (var (name, scenario) in Scenarios())
        {
            var differencesBefore = differences;
            for (var seed = 1UL; seed <= (ulong)seeds; seed++)
            {
                for (var r = 0; r < Math.Min(RunsComparedOneByOne, runs); r++)
                {
                    var key = $"{name} {seed} {r}";
                    var after = CurrentEngine.Run(scenario, seed, r);
                    if (written is not null)
                    {
                        written[key] = after;
                        continue;
                    }

                    compared++;
                    var before = saved is null ? BaselineEngine.Run(scenario, seed, r) : saved.GetValueOrDefault(key, "(not in the reference)");
                    if (before != after && differences++ < 5)
                    {
                        Console.WriteLine($"{name} seed {seed} run {r} differs:\n--- {referenceName}\n{before}\n--- current\n{after}");
                    }
                }

                var aggregateKey = $"{name} {seed} aggregate of {runs}";
                var now = ExperimentJson.Serialize(CurrentEngine.Accumulate(scenario, seed, 0, runs));
                if (written is not null)
                {
                    written[aggregateKey] = now;
                    continue;
                }

                compared++;
                var old = saved is null ? ExperimentJson.Serialize(BaselineEngine.Accumulate(scenario, seed, 0, runs)) : saved.GetValueOrDefault(aggregateKey, "(not in the reference)");
                if (old != now && differences++ < 5)
                {
                    Console.WriteLine($"{name} seed {seed}: the aggregate of {runs} runs differs");
                }
            }

            Console.WriteLine(written is not null ? $"{name}: {seeds} seeds saved"
                : differences == differencesBefore ? $"{name}: {seeds} seeds compared, identical"
                : $"{name}: {seeds} seeds compared, {differences - differencesBefore} comparisons differ");
        }

        if (written is not null)
        {
            File.WriteAllText(save!, System.Text.Json.JsonSerializer.Serialize(written));
            Console.WriteLine($"saved {written.Count} results of the current engine to {save}");
            return 0;
        }

        Console.WriteLine(differences == 0
            ? $"identical: {compared} comparisons (runs one by one and aggregates), {referenceName} and current engine"
            : $"{differences} of {compared} comparisons differ");
        return differences == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>Every scenario file, and each round of a series file as a scenario of its own.</summary>
    private static IEnumerable<(string Name, CompiledScenario Scenario)> Scenarios()
    {
        // Named folder/file: the same file name appears in more than one folder.
        var files = Folders.SelectMany(f => Directory.GetFiles(RepositoryFiles.Find(f), "*.yaml").Order(StringComparer.Ordinal).Select(path => (Folder: f, Path: path)));
        foreach (var (folder, file) in files)
        {
            var name = $"{folder}/{Path.GetFileName(file)}";
            if (SeriesLoader.IsSeries(file))
            {
                foreach (var round in CompiledSeries.Compile(SeriesLoader.Load(file)).Rounds)
                {
                    yield return ($"{name} round {round.Id}", round.Scenario);
                }
            }
            else if (TryLoad(file) is { } scenario)
            {
                if (scenario.HasSharedChair)
                {
                    // Co-mediators came after the frozen baseline: it would draft with the first one alone.
                    Console.WriteLine($"{name}: skipped (a shared chair, which the baseline engine predates)");
                    continue;
                }

                yield return (name, scenario);
            }
        }
    }

    private static CompiledScenario? TryLoad(string file)
    {
        try
        {
            return CompiledScenario.Compile(ScenarioLoader.Load(file));
        }
        catch (ScenarioException e)
        {
            Console.WriteLine($"{Path.GetFileName(file)}: skipped ({e.Message.Split('\n')[0]})");
            return null;
        }
    }
}
