using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

public sealed class SpatialModelOracleTests
{
    private static readonly Lazy<SmpResult> Dummy3Dim = new(() => new SpatialModel().Run(KtabCsvReader.Load(OracleFiles.KtabDummy3Dim)));
    private static readonly Lazy<SmpResult> A040 = new(() => new SpatialModel().Run(KtabCsvReader.Load(OracleFiles.Path("ktab", "dummyData-a040.csv"))));

    [Fact]
    public void Dummy3DimRunsElevenStates()
    {
        Assert.Equal(11, Dummy3Dim.Value.States.Count);
        Assert.Equal(10, Dummy3Dim.Value.Turns.Count);
    }

    [Fact]
    public void Dummy3DimHistoryMatchesKtabWithinPrintedPrecision() =>
        AssertMatchesKtab(OracleFiles.KtabExpectedHistory, Dummy3Dim.Value);

    [Fact]
    public void A040HistoryMatchesKtabsOwnRunWithinPrintedPrecision() =>
        AssertMatchesKtab(OracleFiles.Path("ktab", "dummyData-a040.expected-history.txt"), A040.Value);

    [Fact]
    public void A040FirstTurnReportsKtabsProbabilityForTheFirstActor()
    {
        // Act-1001's first reported probability is where merging near-coincident positions by a
        // chaining rule (joining any earlier actor's group) departs from KTAB: 0.0713 against 0.0694.
        Assert.Equal(0.0694, A040.Value.States[0].Probabilities[0], 4);
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

    private static void AssertMatchesKtab(string expectedFile, SmpResult result)
    {
        var expected = KtabHistory.Parse(File.ReadAllLines(expectedFile));
        var actual = KtabHistory.Parse(KtabHistoryWriter.Write(result).Split('\n'));
        Assert.True(expected.Count > 0, $"no history lines in {expectedFile}");
        var differences = KtabHistory.Differences(expected, actual);
        Assert.True(differences.Count == 0, $"{differences.Count} values differ from KTAB ({System.IO.Path.GetFileName(expectedFile)}):\n" + string.Join('\n', differences.Take(20)));
    }
}
