using System.Globalization;
using System.Text;
using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

/// <summary>
/// Guards the speed work: every optimisation of the SMP turn must leave histories bit-identical.
/// The pinned file holds the full-precision a040 history (every position and probability of every
/// state, round-trip format), one line per state and actor, so a failure shows where it departs.
/// </summary>
public sealed class SpatialModelGoldenTests
{
    private const string GoldenName = "smp-dummyData-a040.history.txt";

    [Fact]
    public void A040HistoryIsBitIdenticalToThePinnedOne()
    {
        var result = new SpatialModel().Run(KtabCsvReader.Load(OracleFiles.Path("ktab", "dummyData-a040.csv")));
        var actual = FullPrecisionHistory(result);
        var expected = GoldenFile.Expected(GoldenName, actual).Split('\n');
        var lines = actual.Split('\n');
        for (var k = 0; k < Math.Min(expected.Length, lines.Length); k++)
        {
            Assert.True(expected[k] == lines[k], $"{GoldenName} line {k + 1}:\nexpected {expected[k]}\nactual   {lines[k]}");
        }

        Assert.Equal(expected.Length, lines.Length);
    }

    private static string FullPrecisionHistory(SmpResult result)
    {
        var text = new StringBuilder();
        foreach (var state in result.States)
        {
            for (var i = 0; i < state.Positions.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"state {state.Index} {result.Input.Actors[i].Name}:");
                foreach (var x in state.Positions[i])
                {
                    text.Append(' ').Append(x.ToString("R", CultureInfo.InvariantCulture));
                }

                text.Append(" prob ").Append(state.Probabilities[i].ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }
}
