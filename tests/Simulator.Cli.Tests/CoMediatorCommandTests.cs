using System.Text.Json.Nodes;

namespace Simulator.Cli.Tests;

/// <summary>A shared chair as users see it: validate, show, explain, analyze and run on the US co-chair what-if.</summary>
public sealed class CoMediatorCommandTests
{
    private const string WhatIf = "scenarios/what-if-us-co-chairs.yaml";

    [Fact]
    public void ShowNamesTheCoMediatorsWithTheirWeightsAndTheChairsOwnPoint()
    {
        var output = SimCli.Run("show", WhatIf).Out;
        var flat = System.Text.RegularExpressions.Regex.Replace(output, @"[\s│]+", " ");

        Assert.Contains("co-mediators Turkey (60%) and United States (40%)", flat, StringComparison.Ordinal);
        Assert.Contains("The chair: Turkey (60%) and United States (40%) draft one text together", flat, StringComparison.Ordinal);
        Assert.Contains("weight 0.6, 60%", output, StringComparison.Ordinal);
        Assert.Matches(@"│ Ceasefire\s+│\s+70 s0\.25 │\s+100 s0\.4 │\s+82 │", output);
    }

    [Fact]
    public void ShowOfTheBaselineNamesItsOneMediator()
    {
        var output = SimCli.Run("show", "scenarios/istanbul-2025-05-16.yaml").Out;

        Assert.Contains("mediator turkey,", output, StringComparison.Ordinal);
        Assert.Contains("The chair: Turkey drafts every text", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainOpensWithTheChairAndThisRunsShares()
    {
        var output = SimCli.Run("explain", WhatIf).Out;

        Assert.Matches(@"Chair: Turkey \(\d+(\.\d)?%\) and United States \(\d+(\.\d)?%\), drafting one text together", output);
        Assert.Contains("protocol.mediators.usa.weight = ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeJsonKeepsTheChairsIdsWeightsAndShares()
    {
        var json = JsonNode.Parse(SimCli.Run("analyze", WhatIf, "--runs", "0", "--format", "json").Out)!;

        var chair = json["chair"]!.AsArray();
        Assert.Equal(["turkey", "usa"], chair.Select(s => s!["party"]!.GetValue<string>()));
        Assert.Equal(0.4, chair[1]!["weight"]!.GetValue<double>(), 9);
        Assert.Equal(0.4, chair[1]!["share"]!.GetValue<double>(), 9);
        Assert.Equal(100, chair[1]!["positions"]!["ceasefire"]!.GetValue<double>());
        Assert.Equal(82, json["chairView"]!["ceasefire"]!.GetValue<double>(), 9);
    }

    [Fact]
    public void AnalyzeTableHasTheChairSection()
    {
        var output = SimCli.Run("analyze", WhatIf, "--runs", "0").Out;

        Assert.Contains("The chair: Turkey (60%) and United States (40%)", System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeWeightOnTheCommandLineExitsTwoWithTheSetPosition()
    {
        var outcome = SimCli.Run("run", WhatIf, "--runs", "10", "--set", "protocol.mediators.usa.weight=-1");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("a co-mediator's weight cannot be negative", outcome.Err, StringComparison.Ordinal);
    }
}
