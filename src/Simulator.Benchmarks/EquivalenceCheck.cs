using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Series;

namespace Simulator.Benchmarks;

/// <summary>
/// `-- check [SEEDS] [RUNS]`: the frozen baseline engine and the current one on every scenario in
/// <c>scenarios/</c> (a series' rounds each on their own), for seeds 1..SEEDS: each of the first 200 runs compared outcome by outcome
/// (values in round-trip form, blocker keys and explanations), and the aggregate of RUNS runs
/// compared as the JSON `sim run` writes. Exit code 1 when anything differs.
/// </summary>
public static class EquivalenceCheck
{
    private const int RunsComparedOneByOne = 200;

    // The shipped scenarios and the CLI tests' fixtures (some of which are invalid on purpose and are skipped).
    private static readonly string[] Folders = ["scenarios", "seeds", "tests/Simulator.Cli.Tests/Scenarios", "tests/Simulator.Cli.Tests/Fixtures"];

    public static int Run(string[] args)
    {
        var seeds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        var differences = 0;
        var compared = 0;
        foreach (var (name, scenario) in Scenarios())
        {
            for (var seed = 1UL; seed <= (ulong)seeds; seed++)
            {
                for (var r = 0; r < Math.Min(RunsComparedOneByOne, runs); r++)
                {
                    compared++;
                    var before = BaselineEngine.Run(scenario, seed, r);
                    var after = CurrentEngine.Run(scenario, seed, r);
                    if (before != after && differences++ < 5)
                    {
                        Console.WriteLine($"{name} seed {seed} run {r} differs:\n--- baseline\n{before}\n--- current\n{after}");
                    }
                }

                compared++;
                var old = ExperimentJson.Serialize(BaselineEngine.Accumulate(scenario, seed, 0, runs));
                var now = ExperimentJson.Serialize(CurrentEngine.Accumulate(scenario, seed, 0, runs));
                if (old != now && differences++ < 5)
                {
                    Console.WriteLine($"{name} seed {seed}: the aggregate of {runs} runs differs");
                }
            }

            Console.WriteLine($"{name}: {seeds} seeds compared");
        }

        Console.WriteLine(differences == 0
            ? $"identical: {compared} comparisons (runs one by one and aggregates), baseline and current engine"
            : $"{differences} of {compared} comparisons differ");
        return differences == 0 ? 0 : 1;
    }

    /// <summary>Every scenario file, and each round of a series file as a scenario of its own.</summary>
    private static IEnumerable<(string Name, CompiledScenario Scenario)> Scenarios()
    {
        var files = Folders.SelectMany(f => Directory.GetFiles(RepositoryFiles.Find(f), "*.yaml").Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            if (SeriesLoader.IsSeries(file))
            {
                foreach (var round in CompiledSeries.Compile(SeriesLoader.Load(file)).Rounds)
                {
                    yield return ($"{Path.GetFileName(file)} round {round.Id}", round.Scenario);
                }
            }
            else if (TryLoad(file) is { } scenario)
            {
                if (scenario.HasSharedChair)
                {
                    // Co-mediators came after the frozen baseline: it would draft with the first one alone.
                    Console.WriteLine($"{Path.GetFileName(file)}: skipped (a shared chair, which the baseline engine predates)");
                    continue;
                }

                yield return (Path.GetFileName(file), scenario);
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
