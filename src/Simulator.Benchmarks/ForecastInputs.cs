using Simulator.Domain.Forecasting;

namespace Simulator.Benchmarks;

/// <summary>
/// The forecasting reference inputs (found by walking up to the folder holding Simulator.sln) and
/// seeded synthetic inputs for scaling runs beyond KTAB's own files.
/// </summary>
public static class ForecastInputs
{
    public static ForecastInput Ktab(string file) =>
        KtabCsvReader.Load(Path.Combine(RepositoryRoot(), "tests", "Simulator.Domain.Tests", "Oracles", "ktab", file));

    public static IReadOnlyList<BdmActor> BdmExample() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "Simulator.Domain.Tests", "Oracles", "bdm", "ExampleActors.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(f => new BdmActor(f[0], Number(f[1]), Number(f[2]), Number(f[3])))
            .ToArray();

    /// <summary>N actors on one issue like KTAB's dummy files, from a fixed seed.</summary>
    public static ForecastInput Synthetic(int actors, int dimensions, int seed)
    {
        var random = new Random(seed);
        var list = new ForecastActor[actors];
        for (var i = 0; i < actors; i++)
        {
            var positions = new double[dimensions];
            var saliences = new double[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                positions[d] = Math.Round(random.NextDouble() * 100, 2);
                saliences[d] = Math.Round(random.NextDouble() * 90 / dimensions, 2);
            }

            list[i] = new ForecastActor($"Act-{i:0000}", "synthetic", Math.Round(0.5 + (random.NextDouble() * 2), 2), positions, saliences);
        }

        return new ForecastInput($"synthetic-{actors}", "seeded synthetic input", Enumerable.Range(1, dimensions).Select(d => $"Dim{d}").ToArray(), list);
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Simulator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Simulator.sln not found above " + AppContext.BaseDirectory);
    }
}
