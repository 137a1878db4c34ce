using Simulator.Domain.Forecasting;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Forecasting;

public sealed class KtabCsvReaderTests
{
    private const string Title = "Test,\"A test, with a comma\",3,2,\n";
    private const string Header = "Actor,Description,Power,P1,S1,P2,S2,\n";

    [Fact]
    public void ReadsTheDummy3DimOracle()
    {
        var input = KtabCsvReader.Load(OracleFiles.KtabDummy3Dim);
        Assert.Equal("DummyData_3Dim", input.Title);
        Assert.Equal("Dummy scenario to test reading format", input.Description);
        Assert.Equal(["Pstn1", "Pstn2", "Pstn3"], input.DimensionNames);
        Assert.Equal(7, input.ActorCount);
        Assert.Equal("SActor-06", input.Actors[6].Name);
        Assert.Equal(54.178, input.Actors[6].Capability);
        Assert.Equal([70.96, 33.46, 90.36], input.Actors[6].Positions);
        Assert.Equal([31.75, 27.93, 26.03], input.Actors[6].Saliences);
    }

    [Theory]
    [InlineData("dummyData-a040.csv", 40, 1)]
    [InlineData("dummyData-a080.csv", 80, 1)]
    [InlineData("dummyData_6Dim.csv", 0, 6)]
    public void ReadsTheScalingInputs(string file, int actors, int dimensions)
    {
        var input = KtabCsvReader.Load(OracleFiles.Path("ktab", file));
        Assert.Equal(dimensions, input.DimensionCount);
        Assert.True(actors == 0 || input.ActorCount == actors);
        Assert.All(input.Actors, a => Assert.True(a.Saliences.Sum() <= 100));
    }

    [Fact]
    public void ReadsQuotedFieldsAndTrailingCommas()
    {
        var input = KtabCsvReader.Parse(Title + Header + Actor("A") + Actor("B") + Actor("C"), "t.csv");
        Assert.Equal("A test, with a comma", input.Description);
        Assert.Equal(["P1", "P2"], input.DimensionNames);
        Assert.Equal([40.0, 60.0], input.Actors[2].Positions);
    }

    [Fact]
    public void WrongColumnCountIsReportedWithItsLine()
    {
        var error = Fails(Title + Header + Actor("A") + "B,x,10,40,30,60,\n" + Actor("C"));
        Assert.Equal(4, error.Line);
        Assert.Contains("6 columns, expected 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaliencesOverHundredAreReportedWithTheirLine()
    {
        var error = Fails(Title + Header + Actor("A") + Actor("B") + "C,x,10,40,70,60,31,\n");
        Assert.Equal(5, error.Line);
        Assert.Contains("more than 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonNumberIsReportedWithLineAndColumn()
    {
        var error = Fails(Title + Header + Actor("A") + "B,x,10,forty,30,60,20,\n" + Actor("C"));
        Assert.Equal(4, error.Line);
        Assert.Equal(8, error.Column);
        Assert.Contains("'forty' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FewerThanThreeActorsAreRejected()
    {
        var error = Fails("Test,d,2,2,\n" + Header + Actor("A") + Actor("B"));
        Assert.Equal(1, error.Line);
        Assert.Contains("between 3 and 250", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreThanTwoHundredFiftyActorsAreRejected()
    {
        var lines = string.Concat(Enumerable.Range(0, 251).Select(k => Actor($"A{k}")));
        var error = Fails("Test,d,251,2,\n" + Header + lines);
        Assert.Contains("between 3 and 250", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActorCountMustMatchTheTitleLine()
    {
        var error = Fails(Title + Header + Actor("A") + Actor("B") + Actor("C") + Actor("D"));
        Assert.Contains("3 actors declared but 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonNumericActorCountIsReported()
    {
        var error = Fails("Test,d,three,2,\n" + Header + Actor("A"));
        Assert.Equal((1, 8), (error.Line, error.Column));
    }

    [Fact]
    public void EveryBadLineIsReportedNotJustTheFirst()
    {
        var exception = Assert.Throws<ScenarioException>(() => KtabCsvReader.Parse(Title + Header + "A,x,1,2\n" + "B,x,q,40,30,60,20,\n" + Actor("C"), "t.csv"));
        Assert.Equal([3, 4], exception.Errors.Select(e => e.Line));
        Assert.All(exception.Errors, e => Assert.Equal("t.csv", e.File));
    }

    [Fact]
    public void MissingFileIsAUserError()
    {
        Assert.Throws<ScenarioException>(() => KtabCsvReader.Load(OracleFiles.Path("ktab", "no-such-file.csv")));
    }

    private static string Actor(string name) => $"{name},x,10,40,30,60,20,\n";

    private static ScenarioError Fails(string text) =>
        Assert.Throws<ScenarioException>(() => KtabCsvReader.Parse(text, "t.csv")).Errors[0];
}
