namespace Simulator.Cli.Tests;

/// <summary>The graded record as users see it: the run table's Record column, the CSV, and the record table of show, explain and analyze.</summary>
public sealed class ObservedRecordTests
{
    private const string Baseline = "scenarios/istanbul-2025-05-16.yaml";

    [Fact]
    public void RunTableShowsTheGradeAndWhatItCountsAs()
    {
        var outcome = SimCli.Run("run", Baseline, "--runs", "20", "--in-process");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"Further talks[^\n]*│ agreed in\s*│", outcome.Out);
        Assert.Matches(@"Zelensky-Putin[^\n]*│ noted \(not\s*│", outcome.Out);
    }

    [Theory]
    [InlineData(true, null, null, null, null, null, "agreed 50")]
    [InlineData(false, null, null, null, null, null, "not agreed")]
    [InlineData(true, "agreed-in-principle", null, null, null, null, "agreed in principle 50 (agreed)")]
    [InlineData(false, "rejected", null, null, null, null, "rejected 50")]
    [InlineData(true, "partial", 40.0, 60.0, 3, null, "partial 50 [40..60], round 3 (agreed)")]
    [InlineData(false, "unilateral-offer", null, null, null, 75.0, "unilateral offer 50, minute 75 (not agreed)")]
    public void TheRecordCellNamesTheGradeValueRangeAndWhen(bool agreed, string? grade, double? low, double? high, int? round, double? minute, string expected)
    {
        var cell = Output.ResultTable.Record(new Domain.MonteCarlo.ObservedResult(agreed, agreed || grade is not null ? 50 : null, grade, low, high, round, minute), null);

        Assert.Equal(expected, cell);
    }

    [Fact]
    public void CsvEndsWithTheObservedGrade()
    {
        var outcome = SimCli.Run("run", Baseline, "--runs", "20", "--in-process", "--format", "csv");

        var lines = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",topBlocker,observedGrade", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",agreed-in-principle", lines.Single(l => l.StartsWith("follow_up_talks,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("explain")]
    [InlineData("analyze")]
    public void ShowExplainAndAnalyzePrintTheRecordWithItsGrades(string command)
    {
        string[] args = command == "analyze" ? [command, Baseline, "--runs", "0"] : [command, Baseline];

        var outcome = SimCli.Run(args);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("What history recorded", outcome.Out, StringComparison.Ordinal);
        // In the issues' labels and the grades' words, as the run table's Record column prints them.
        var record = outcome.Out[outcome.Out.IndexOf("What history recorded", StringComparison.Ordinal)..];
        Assert.Matches(@"Further talks\s*│\s*agreed in\s*│\s*agreed\s*│\s*50\s*│\s*│\s*│\s*principle\s*│", record);
        Assert.Matches(@"Zelensky-Putin meeting\s*│\s*noted\s*│\s*not agreed", record);
        Assert.DoesNotMatch(@"\b(follow_up_talks|leaders_summit|prisoner_exchange|military_limits|security_guarantees)\b", record);
    }
}
