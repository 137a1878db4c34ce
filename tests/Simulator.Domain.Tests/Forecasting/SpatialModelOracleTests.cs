using System.Globalization;
using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

public sealed class SpatialModelOracleTests
{
    private static readonly Lazy<SmpResult> Dummy3Dim = new(() => new SpatialModel().Run(KtabCsvReader.Load(OracleFiles.KtabDummy3Dim)));

    [Fact]
    public void Dummy3DimRunsElevenStates()
    {
        Assert.Equal(11, Dummy3Dim.Value.States.Count);
        Assert.Equal(10, Dummy3Dim.Value.Turns.Count);
    }

    [Fact]
    public void Dummy3DimHistoryMatchesKtabWithinPrintedPrecision()
    {
        var expected = ParseHistory(File.ReadAllLines(OracleFiles.KtabExpectedHistory));
        var actual = ParseHistory(KtabHistoryWriter.Write(Dummy3Dim.Value).TrimEnd('\n').Split('\n'));
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, values) in expected)
        {
            var tolerance = key.EndsWith("prob", StringComparison.Ordinal) ? 0.00005 : 0.05;
            Assert.Equal(values.Length, actual[key].Length);
            for (var t = 0; t < values.Length; t++)
            {
                Assert.True(Math.Abs(values[t] - actual[key][t]) <= tolerance + 1e-12, $"{key} state {t}: expected {values[t]}, got {actual[key][t]}");
            }
        }
    }

    [Fact]
    public void Dummy3DimHistoryPrintsExactlyAsKtab()
    {
        var expected = File.ReadAllText(OracleFiles.KtabExpectedHistory).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        Assert.Equal(expected, KtabHistoryWriter.Write(Dummy3Dim.Value).TrimEnd('\n'));
    }

    [Theory]
    [InlineData("dummyData-a040.csv", 21)]
    [InlineData("dummyData-a080.csv", 18)]
    public void ScalingInputsStopAfterAsManyStatesAsKtab(string file, int states)
    {
        var result = new SpatialModel().Run(KtabCsvReader.Load(OracleFiles.Path("ktab", file)));
        Assert.Equal(states, result.States.Count);
    }

    private static Dictionary<string, double[]> ParseHistory(IEnumerable<string> lines)
    {
        var result = new Dictionary<string, double[]>();
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon].Replace(" ", string.Empty, StringComparison.Ordinal);
            result[key] = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        }

        return result;
    }
}
