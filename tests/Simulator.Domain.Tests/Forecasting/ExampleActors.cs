using System.Globalization;
using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

/// <summary>Reads the BDM oracle's actor table: Actor,Capability,Position,Salience.</summary>
internal static class ExampleActors
{
    public static IReadOnlyList<BdmActor> Load() =>
        File.ReadAllLines(OracleFiles.BdmExampleActors)
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(f => new BdmActor(f[0], Number(f[1]), Number(f[2]), Number(f[3])))
            .ToArray();

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
