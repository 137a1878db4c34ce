using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Cli.Tests;

/// <summary>Grid values print as typed, sweep headers stay whole at 80 columns, and report --out makes its folder.</summary>
public sealed class OutputFormattingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sim-output-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Grid_values_are_the_numbers_the_user_typed()
    {
        Assert.Equal([0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2], new GridAxis("x", 0.2, 2, 10).Values());
    }

    [Fact]
    public void Sweep_csv_and_table_print_06_not_its_floating_point_neighbour()
    {
        var csv = SimCli.Run("sweep", "scenarios/istanbul-2025-05-16.yaml", "--param", "parties.russia.concessionBeta=0.2..2:10", "--runs", "5", "--in-process", "--format", "csv");
        var table = SimCli.Run("sweep", "scenarios/istanbul-2025-05-16.yaml", "--param", "parties.russia.concessionBeta=0.2..2:10", "--runs", "5", "--in-process");
        Assert.Equal(0, csv.ExitCode);
        Assert.Contains("\n0.6,", csv.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0000000", csv.Out.Split('\n').Select(l => l.Split(',')[0]).Aggregate(string.Empty, (a, b) => a + " " + b), StringComparison.Ordinal);
        Assert.DoesNotContain("0000000", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("9999999", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_table_fits_80_columns_with_every_issue_name_whole()
    {
        var table = SimCli.Run("sweep", "scenarios/istanbul-2025-05-16.yaml", "--param", "parties.russia.concessionBeta=0.2..2:3", "--runs", "5", "--in-process");
        Assert.Equal(0, table.ExitCode);
        Assert.All(table.Out.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, $"wider than 80 columns: {line}"));
        Assert.DoesNotContain("…", table.Out, StringComparison.Ordinal);
        foreach (var word in new[] { "ceasefire", "prisoner", "exchange", "territory", "neutrality", "guarantees" })
        {
            Assert.Contains(word, table.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_out_creates_missing_folders()
    {
        var path = Path.Combine(_directory, "a", "b", "report.html");
        var report = SimCli.Run("report", "scenarios/istanbul-2025-05-16.yaml", "--runs", "20", "--analysis-runs", "0", "--in-process", "--out", path);
        Assert.True(report.ExitCode == 0, report.Err);
        Assert.True(File.Exists(path));
    }
}
