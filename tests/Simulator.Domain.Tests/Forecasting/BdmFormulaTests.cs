using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

public sealed class BdmFormulaTests
{
    private static BdmIssue ThreeActors(bool scholz = false) =>
        new([1.0, 2.0, 3.0], [0.5, 1.0, 0.2], [0.0, 4.0, 10.0], scholz);

    [Fact]
    public void VoteIsCapabilityTimesSalienceTimesDistanceDifference()
    {
        // Voter 1 at 4 (c·s = 2) compares 0 with 10: (6/10) − (4/10) = 0.2 in favour of 0.
        Assert.Equal(2.0 * 0.2, ThreeActors().Vote(1, 0.0, 10.0, 1.0), 1e-12);
        Assert.Equal(2.0 * (0.36 - 0.16), ThreeActors().Vote(1, 0.0, 10.0, 2.0), 1e-12);
    }

    [Fact]
    public void TextbookProbabilitiesOfOppositeContestsSumToOne()
    {
        var p = ThreeActors().VictoryProbabilities([1.0, 1.0, 1.0]);
        Assert.Equal(1.0, p[1] + p[3], 1e-12);
        Assert.Equal(1.0, p[2] + p[6], 1e-12);
    }

    [Fact]
    public void ScholzDenominatorIsSharedByEveryContest()
    {
        var scholz = ThreeActors(scholz: true).VictoryProbabilities([1.0, 1.0, 1.0]);
        var textbook = ThreeActors().VictoryProbabilities([1.0, 1.0, 1.0]);
        Assert.True(scholz[1] < textbook[1]);
        Assert.Equal(scholz[1] / scholz[2], NumeratorRatio(), 1e-12);
    }

    [Fact]
    public void ExpectedUtilityWithRiskNeutralityFollowsQEqualsOne()
    {
        var issue = ThreeActors();
        var p = issue.VictoryProbabilities([1.0, 1.0, 1.0]);
        var d = 0.4;
        var success = 2 - (4 * (0.5 - (0.5 * d)));
        var failure = 2 - (4 * (0.5 + (0.5 * d)));
        var expected = (1.0 * ((p[1] * success) + ((1 - p[1]) * failure))) + (0 * success) - 0;
        Assert.Equal(expected, issue.ExpectedUtility(0, 1, 1.0, p), 1e-12);
    }

    [Fact]
    public void RiskExponentsLieBetweenHalfAndTwo()
    {
        var r = ThreeActors(scholz: true).RiskExponents();
        Assert.All(r, v => Assert.InRange(v, 0.5, 2.0));
        Assert.Contains(r, v => Math.Abs(v - 0.5) < 1e-12);
        Assert.Contains(r, v => Math.Abs(v - 2.0) < 1e-12);
    }

    private static double NumeratorRatio()
    {
        var issue = ThreeActors();
        double Numerator(double a, double b) => Enumerable.Range(0, 3).Sum(k => Math.Max(0, issue.Vote(k, a, b, 1.0)));
        return Numerator(0.0, 4.0) / Numerator(0.0, 10.0);
    }
}
