using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

public sealed class SmpFormulaTests
{
    [Theory]
    [InlineData(0.0, 0.7, 1.0)]
    [InlineData(1.0, 0.7, 0.0)]
    [InlineData(0.5, 0.0, 0.5)]
    [InlineData(0.5, 1.0, 0.75)]
    [InlineData(0.5, -0.5, 0.375)]
    [InlineData(1.5, 0.5, -0.75)]
    public void UtilityFollowsTheQuadraticRiskForm(double distance, double risk, double expected)
    {
        Assert.Equal(expected, SmpMath.Utility(distance, risk), 1e-12);
    }

    [Theory]
    [InlineData(0.12344, 0.1234)]
    [InlineData(0.12346, 0.1235)]
    [InlineData(0.75610000001, 0.7561)]
    [InlineData(0.00025, 0.0003)]
    [InlineData(-0.00025, -0.0002)]
    public void Round4RoundsHalfUpNotToEven(double x, double expected)
    {
        Assert.Equal(expected, SmpMath.Round4(x), 1e-15);
    }

    [Fact]
    public void RiskFromStrengthSpansMinusHalfToOne()
    {
        Assert.Equal(1.0, SmpMath.RiskFromStrength(0.7, 0.7, 0.1), 1e-12);
        Assert.Equal(-0.5, SmpMath.RiskFromStrength(0.1, 0.7, 0.1), 1e-12);
        Assert.Equal(0.25, SmpMath.RiskFromStrength(0.4, 0.7, 0.1), 1e-12);
        Assert.Equal(0.0, SmpMath.RiskFromStrength(0.2, 0.2, 0.2));
    }

    [Fact]
    public void PerceivedRiskLeansTwoThirdsTowardsTheObserver()
    {
        Assert.Equal((2 * 0.9 + -0.3) / 3, SmpMath.PerceivedRisk(0.9, -0.3), 1e-15);
    }

    [Fact]
    public void DistanceUsesTheObserversSaliencesSoItIsAsymmetric()
    {
        double[] x = [0.0, 0.0];
        double[] y = [0.6, 0.8];
        Assert.Equal(0.6, SmpMath.Distance([1.0, 0.0], x, y), 1e-12);
        Assert.Equal(0.8, SmpMath.Distance([0.0, 0.5], y, x), 1e-12);
        Assert.Equal(Math.Sqrt(0.5), SmpMath.Distance([0.3, 0.3], x, y), 1e-12);
        Assert.Equal(0.0, SmpMath.Distance([0.0, 0.0], x, y));
    }

    [Fact]
    public void CondorcetWithATwoToOneAdvantageGivesTwoThirds()
    {
        // Voter 0 (weight 2) prefers option 0 by 1, voter 1 (weight 1) prefers option 1 by 1.
        var p = ProbabilisticCondorcet.Solve([2.0, 1.0], [1.0, 0.0, 0.0, 1.0], 2);
        Assert.Equal(2.0 / 3.0, p[0], 1e-7);
        Assert.Equal(1.0 / 3.0, p[1], 1e-7);
    }

    [Fact]
    public void CondorcetProbabilitiesSumToOneForManyOptionsWithoutUnderflow()
    {
        const int options = 1500;
        var weights = new double[3];
        var utilities = new double[3 * options];
        for (var k = 0; k < 3; k++)
        {
            weights[k] = k + 1;
            for (var o = 0; o < options; o++)
            {
                utilities[(k * options) + o] = Math.Sin((k + 1) * o * 0.37);
            }
        }

        var p = ProbabilisticCondorcet.Solve(weights, utilities, options);
        Assert.All(p, v => Assert.True(double.IsFinite(v) && v >= 0));
        Assert.Equal(1.0, p.Sum(), 1e-9);
    }

    [Fact]
    public void ChallengeGainIsTheUtilityDifferenceWhenTheTargetIsSureToLose()
    {
        var actors = new SmpActors(TwoDimInput());
        double[] u = [1.0, 0.6, 0.5, 0.7, 1.0, 0.4, 0.2, 0.3, 1.0];
        Assert.Equal(1.0 - 0.6, SmpChallenges.ExpectedGain(actors, Column(u, 0), Column(u, 1), 0, 1, 1.0), 1e-12);
    }

    [Fact]
    public void IndifferentThirdPartyJoinsTheLikelierWinner()
    {
        var actors = new SmpActors(TwoDimInput());
        double[] u = [1.0, 0.6, 0.5, 0.7, 1.0, 0.4, 0.5, 0.5, 1.0];

        // Principals: a = w0·0.4 for 0, b = w1·(0.7 − 1) against 0. Actor 2 values 0 and 1 alike,
        // yet semi-commitment makes it side with the likelier winner: v = w2(π − ½).
        var w = actors.ChallengeWeights;
        var forZero = 1e-10 + (w[0] * 0.4);
        var forOne = 1e-10 + (w[1] * 0.3);
        var pi = forZero / (forZero + forOne);
        var vote = w[2] * (pi - 0.5);
        Assert.True(vote > 0);
        Assert.Equal((forZero + vote) / (forZero + forOne + vote), SmpChallenges.VictoryProbability(actors, Column(u, 0), Column(u, 1), [1.0, 1.0, 1.0], 0, 1), 1e-12);
    }

    [Fact]
    public void BargainLeansTowardsTheLikelyWinnerWeightedBySquaredSalience()
    {
        var input = TwoDimInput();
        var actors = new SmpActors(input);
        double[] positions = [0.10, 0.20, 0.60, 0.70, 0.90, 0.40];
        var (initiator, target) = SmpResolution.Interpolate(actors, positions, new SmpTarget(0, 1, 0.1, 0.8));

        // Dimension 0: ω_i = 0.5²·0.8², ω_j = 0.2²·0.2²; each side leans 1e-6 towards itself.
        var wi = 0.25 * 0.64;
        var wj = 0.04 * 0.04;
        Assert.Equal(SmpMath.Round4((((wi + 1e-6) * 0.10) + (wj * 0.60)) / (wi + 1e-6 + wj)), initiator[0], 1e-15);
        Assert.Equal(SmpMath.Round4(((wi * 0.10) + ((wj + 1e-6) * 0.60)) / (wi + 1e-6 + wj)), target[0], 1e-15);
        Assert.InRange(initiator[0], 0.10, 0.12);
    }

    [Fact]
    public void BargainWithACertainWinnerIsTheWinnersPosition()
    {
        var actors = new SmpActors(TwoDimInput());
        double[] positions = [0.10, 0.20, 0.60, 0.70, 0.90, 0.40];
        var (initiator, target) = SmpResolution.Interpolate(actors, positions, new SmpTarget(0, 1, 0.1, 1.0));
        Assert.Equal([0.10, 0.20], initiator);
        Assert.Equal([0.10, 0.20], target);
    }

    // Column b of a row-major 3 × 3 matrix: U[k, b] for every k.
    private static double[] Column(double[] rowMajor, int b) => [rowMajor[b], rowMajor[3 + b], rowMajor[6 + b]];

    private static ForecastInput TwoDimInput() => new(
        "t",
        "t",
        ["D1", "D2"],
        [
            new ForecastActor("A", "", 10, [10, 20], [50, 30]),
            new ForecastActor("B", "", 20, [60, 70], [20, 20]),
            new ForecastActor("C", "", 30, [90, 40], [40, 60]),
        ]);
}
