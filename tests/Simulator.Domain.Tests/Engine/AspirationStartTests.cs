using Simulator.Domain.Engine;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// At the start of the talks the schedule skips Math.Pow (pow(±0, y) is ±0 for every y &gt; 0): the
/// aspiration must be bit for bit the one the formula with Math.Pow gives, whatever β and floor.
/// </summary>
public sealed class AspirationStartTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_start_aspiration_is_the_formula_s(bool negativeZero)
    {
        var tau = negativeZero ? -0.0 : 0.0;
        double[] betas = [1e-9, 1e-6, 0.1, 1.0 / 3, 0.35, 0.5, 1, 1.5, 2, 3, 7, 1e6, double.PositiveInfinity, double.NaN, -1];
        double[] floors = [0, 0.25, 0.4, 1, -0.5, double.NaN];
        foreach (var beta in betas)
        {
            foreach (var floor in floors)
            {
                var t = Math.Clamp(tau, 0.0, 1.0);
                var b = Math.Max(beta, 1e-6);
                var expected = floor + ((1.0 - floor) * (1.0 - Math.Pow(t, 1.0 / b)));
                var actual = AspirationSchedule.At(tau, beta, floor);
                Assert.True(
                    BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
                    $"beta {beta}, floor {floor}: {expected} expected, {actual} given");
            }
        }
    }
}
