using System.Text.Json;

namespace Simulator.Cli.Tests.Forecast;

public sealed class ForecastCommandTests
{
    [Fact]
    public void KtabHistoryFormatReproducesKtabsOwnPrintout()
    {
        var (exit, output, error) = SimProcess.Run("forecast", "--ktab-csv", SimProcess.Oracle("ktab", "dummyData_3Dim.csv"), "--format", "ktab-history");
        Assert.True(exit == 0, error);
        var expected = File.ReadAllText(SimProcess.Oracle("ktab", "dummyData_3Dim.expected-history.txt")).ReplaceLineEndings("\n").TrimEnd('\n');
        Assert.Equal(expected, output.ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public void MalformedCsvExitsTwoWithFileAndLine()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sim-forecast-bad-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "Bad,d,3,1,\nActor,Description,Power,P1,S1,\nA,x,10,50,60,\nB,x,10,fifty,60,\nC,x,10,50,60,\n");
        try
        {
            var (exit, output, error) = SimCli.Run("forecast", "--ktab-csv", file);
            Assert.Equal(2, exit);
            Assert.Contains($"{file}:4:8: the position on P1 'fifty' is not a number", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void SmpJsonCarriesStatesProbabilitiesAndForecasts()
    {
        var (exit, output, error) = SimCli.Run("forecast", SimProcess.Oracle("ktab", "dummyData_3Dim.csv"), "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(11, json.RootElement.GetProperty("states").GetArrayLength());
        Assert.Equal(3, json.RootElement.GetProperty("modalForecast").GetArrayLength());
        var total = json.RootElement.GetProperty("finalPositions").EnumerateArray().Sum(p => p.GetProperty("probability").GetDouble());
        Assert.Equal(1.0, total, 1e-9);
    }

    [Fact]
    public void ScenarioForecastGivesOneCompromisePerIssue()
    {
        var (exit, output, error) = SimCli.Run("forecast", "scenarios/istanbul-2025-05-16.yaml", "--model", "compromise", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var issues = json.RootElement.GetProperty("issues");
        Assert.True(issues.GetArrayLength() >= 3);
        Assert.All(issues.EnumerateArray(), i => Assert.InRange(i.GetProperty("forecast").GetDouble(), 0, 100));
    }

    [Fact]
    public void BdmRoundsAreTypedOffers()
    {
        var (exit, output, error) = SimCli.Run("forecast", SimProcess.Oracle("ktab", "dummyData_3Dim.csv"), "--model", "bdm", "--rounds", "4", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var rounds = json.RootElement.GetProperty("issues")[0].GetProperty("rounds");
        Assert.Equal(5, rounds.GetArrayLength());
        var kinds = rounds.EnumerateArray().SelectMany(r => r.GetProperty("offers").EnumerateArray()).Select(o => o.GetProperty("kind").GetString()).ToArray();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Contains(k, new[] { "confrontation", "compromise", "capitulation" }));
    }

    [Fact]
    public void ChartIsWrittenAsPng()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sim-forecast-{Guid.NewGuid():N}.png");
        try
        {
            var (exit, _, error) = SimCli.Run("forecast", SimProcess.Oracle("ktab", "dummyData_3Dim.csv"), "--chart", file);
            Assert.True(exit == 0, error);
            var header = File.ReadAllBytes(file).Take(4).ToArray();
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, header);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void KtabHistoryWithBdmIsAUserError()
    {
        var (exit, _, error) = SimCli.Run("forecast", SimProcess.Oracle("ktab", "dummyData_3Dim.csv"), "--model", "bdm", "--format", "ktab-history");
        Assert.Equal(2, exit);
        Assert.Contains("ktab-history", error, StringComparison.Ordinal);
    }
}
