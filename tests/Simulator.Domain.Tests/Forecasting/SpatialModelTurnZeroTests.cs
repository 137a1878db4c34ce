using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

/// <summary>Turn-0 intermediate values of dummyData_3Dim against KTAB's own log (printed to 3–4 decimals).</summary>
public sealed class SpatialModelTurnZeroTests
{
    private static readonly Lazy<ForecastInput> Input = new(() => KtabCsvReader.Load(OracleFiles.KtabDummy3Dim));
    private static readonly Lazy<SmpResult> Run = new(() => new SpatialModel().Run(Input.Value));

    [Fact]
    public void RiskAttitudesMatchKtab()
    {
        double[] expected = [-0.500, -0.459, -0.499, -0.274, 1.000, -0.232, -0.430];
        AssertClose(expected, Run.Value.Turns[0].RiskAttitudes, 0.0005);
        AssertClose(expected, Run.Value.States[0].RiskAttitudes, 0.0005);
    }

    [Fact]
    public void RiskNeutralUtilityRowOfActorZeroMatchesKtab()
    {
        double[] expected = [1.000, 0.903, 0.639, 0.870, 0.929, 0.882, 0.890];
        var actors = Input.Value.Actors;
        var saliences = actors[0].Saliences.Select(s => s / 100).ToArray();
        var own = actors[0].Positions.Select(x => x / 100).ToArray();
        var row = actors.Select(a => 1 - SmpMath.Distance(saliences, own, a.Positions.Select(x => x / 100).ToArray())).ToArray();
        AssertClose(expected, row, 0.0005);
    }

    [Fact]
    public void RiskNeutralPositionStrengthMatchesKtab()
    {
        double[] expected = [0.0018, 0.0209, 0.0021, 0.1078, 0.7054, 0.1276, 0.0345];
        AssertClose(expected, Run.Value.Turns[0].PositionStrength, 0.00005);
    }

    [Fact]
    public void BestTargetsMatchKtab()
    {
        (int I, int J, double Gain, double P)[] expected =
        [
            (0, 6, 0.0947, 0.7643), (1, 0, 0.2810, 0.7964), (2, 6, 0.4711, 0.8334), (3, 0, 0.2840, 0.8056),
            (4, 0, 0.0116, 0.5836), (5, 1, 0.2986, 0.8510), (6, 1, 0.0286, 0.3970),
        ];
        var targets = Run.Value.Turns[0].Targets;
        Assert.Equal(expected.Length, targets.Count);
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.Equal((expected[k].I, expected[k].J), (targets[k].Initiator, targets[k].Target));
            Assert.Equal(expected[k].Gain, targets[k].Gain, 0.0005);
            Assert.Equal(expected[k].P, targets[k].Probability, 0.00005);
        }
    }

    [Fact]
    public void BargainZeroSixFromZerosViewMatchesKtab()
    {
        var bargain = Run.Value.Turns[0].Bargains.Single(b => b.Initiator == 0);
        Assert.Equal(6, bargain.Target);
        AssertClose([75.610, 24.780, 71.950], bargain.InitiatorAdopts, 1e-9);
        AssertClose([75.610, 24.790, 71.950], bargain.TargetAdopts, 1e-9);
    }

    [Fact]
    public void ResolutionAdoptsTheBargainsKtabChose()
    {
        // KTAB: actor 0 takes [4:0], 1 takes [6:1], 2 keeps its position, 3 takes [3:0],
        // 4 takes [4:0], 5 takes [5:1], 6 takes [0:6].
        Assert.Equal([4, 6, -1, 3, 4, 5, 0], Run.Value.Turns[0].AdoptedBargain);
    }

    [Fact]
    public void FirstStepMovementMatchesKtab()
    {
        Assert.Equal(0.874, Run.Value.States[1].Movement, 0.0005);
        Assert.Equal(0.00396, Run.Value.States[10].Movement, 0.000005);
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.True(Math.Abs(expected[k] - actual[k]) <= tolerance, $"[{k}] expected {expected[k]}, got {actual[k]}");
        }
    }
}
