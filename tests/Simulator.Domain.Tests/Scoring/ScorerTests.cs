using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scoring;

namespace Simulator.Domain.Tests.Scoring;

/// <summary>
/// The score of a hand-made table with known probabilities: a swap both sides want (agreed in every
/// run) and a truce their red lines close (agreed in none), against records that say both, either
/// or neither were agreed.
/// </summary>
public sealed class ScorerTests
{
    private const string Known = """
        id: known
        title: Known probabilities
        issues:
          swap: {label: Swap, statusQuo: 0}
          truce: {label: Truce, statusQuo: 0}
        parties:
          north:
            name: North
            role: principal
            stances:
              swap: {position: 60, salience: 0.5}
              truce: {position: 80, salience: 0.5, redLine: {min: 60}}
          south:
            name: South
            role: principal
            stances:
              swap: {position: 60, salience: 0.5}
              truce: {position: 0, salience: 0.5, redLine: {max: 20}}
          chair: {name: Chair, role: mediator}
        protocol: {kind: mediated-single-text, mediator: chair, timeBudgetMinutes: 60}
        observed:
          swap: {grade: SWAP}
          truce: {grade: TRUCE}
        """;

    private static readonly double Sure = -Math.Log(1 - Scorer.LogClamp);
    private static readonly double Wrong = -Math.Log(Scorer.LogClamp);

    private static ScoreCard ScoreOf(string swapGrade, string truceGrade, int runs = 40)
    {
        var text = Known.Replace("SWAP", swapGrade, StringComparison.Ordinal).Replace("TRUCE", truceGrade, StringComparison.Ordinal);
        var result = ExperimentRunner.Run(CompiledScenario.Compile(ScenarioLoader.LoadText(text, "known.yaml")), runs, 11);
        return Scorer.Score([new ScoredExperiment("known.yaml", null, result)], []);
    }

    [Fact]
    public void TheTableHasTheProbabilitiesItWasBuiltFor()
    {
        var card = ScoreOf("agreed", "rejected");

        Assert.Equal(1.0, card.Items.Single(i => i.Issue == "swap").Probability);
        Assert.Equal(0.0, card.Items.Single(i => i.Issue == "truce").Probability);
    }

    [Fact]
    public void ARecordTheModelGetsRightScoresPerfectlyUpToTheClamp()
    {
        var card = ScoreOf("agreed", "rejected");

        Assert.Equal(1.0, card.Accuracy);
        Assert.Equal(0.0, card.Brier);
        Assert.Equal(Sure, card.LogScore, 12);
        Assert.All(card.Items, i => Assert.True(i.Hit));
    }

    [Fact]
    public void AGradeThatCountsAsAgreedOnTheImpossibleTruceIsAMiss()
    {
        var card = ScoreOf("agreed", "agreed-in-principle");

        var truce = card.Items.Single(i => i.Issue == "truce");
        Assert.Equal("agreed-in-principle", truce.Grade);
        Assert.True(truce.ObservedAgreed);
        Assert.False(truce.PredictedAgreed);
        Assert.False(truce.Hit);
        Assert.Equal(0.5, card.Accuracy);
        Assert.Equal(0.5, card.Brier);
        Assert.Equal((Sure + Wrong) / 2, card.LogScore, 12);
    }

    [Fact]
    public void BaselinesScoreTheSameIssuesWithOneFixedProbability()
    {
        // The record: swap agreed (partial counts as agreed), truce not (noted).
        var card = ScoreOf("partial", "noted");

        var always = card.Baselines.Single(b => b.Name == "always agreed");
        var never = card.Baselines.Single(b => b.Name == "never agreed");
        Assert.Equal((1.0, 0.5, 0.5), (always.Probability, always.Accuracy, always.Brier));
        Assert.Equal((0.0, 0.5, 0.5), (never.Probability, never.Accuracy, never.Brier));
        Assert.Equal((Sure + Wrong) / 2, always.LogScore, 12);
        Assert.Equal((Sure + Wrong) / 2, never.LogScore, 12);
        Assert.Equal(1, card.ObservedAgreed);
    }

    [Fact]
    public void CalibrationBinsCountIssuesByPredictedProbabilityAndGiveTheRecordedShare()
    {
        var card = ScoreOf("agreed", "agreed");

        Assert.Equal(Scorer.Bins, card.Calibration.Count);
        Assert.Equal(new CalibrationBin(0, 0.1, 1, 0, 1), card.Calibration[0]);
        Assert.Equal(new CalibrationBin(0.9, 1, 1, 1, 1), card.Calibration[9]);
        Assert.All(card.Calibration.Skip(1).Take(8), b => Assert.Equal((0, (double?)null, (double?)null), (b.Count, b.MeanProbability, b.ObservedFrequency)));
    }

    [Theory]
    [InlineData(0.0, false, 0.0)]
    [InlineData(0.3, true, 0.49)]
    [InlineData(0.5, false, 0.25)]
    [InlineData(1.0, false, 1.0)]
    public void BrierIsTheSquaredDistanceFromWhatHappened(double p, bool agreed, double expected) =>
        Assert.Equal(expected, Scorer.Brier(p, agreed), 12);

    [Fact]
    public void TheLogScoreIsClampedSoACertainMissIsFinite()
    {
        Assert.Equal(-Math.Log(0.01), Scorer.Log(0, true), 12);
        Assert.Equal(-Math.Log(0.01), Scorer.Log(1, false), 12);
        Assert.Equal(-Math.Log(0.7), Scorer.Log(0.7, true), 12);
    }

    [Fact]
    public void IssuesWithoutARecordAreNotScoredAndTheJsonReadsBack()
    {
        var text = Known.Replace("\n  truce: {grade: TRUCE}", "", StringComparison.Ordinal).Replace("SWAP", "agreed", StringComparison.Ordinal);
        var result = ExperimentRunner.Run(CompiledScenario.Compile(ScenarioLoader.LoadText(text, "known.yaml")), 10, 1);

        var card = Scorer.Score([new ScoredExperiment("known.yaml", null, result)], [new ScoreNote("other.yaml", "no observed record: nothing to score")]);

        Assert.Equal("swap", Assert.Single(card.Items).Issue);
        Assert.Equal(card.Items, ScoreJson.Deserialize(ScoreJson.Serialize(card)).Items);
        Assert.Equal(card.Skipped, ScoreJson.Deserialize(ScoreJson.Serialize(card)).Skipped);
    }
}
