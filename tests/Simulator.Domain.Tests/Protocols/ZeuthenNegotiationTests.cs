using CsCheck;
using Simulator.Domain.Protocols.Classic;

namespace Simulator.Domain.Tests.Protocols;

/// <summary>THEORY.md "Zeuthen's monotonic concession → Nash". Grid outcomes are exact integers.</summary>
public sealed class ZeuthenNegotiationTests
{
    private static readonly ZeuthenNegotiation Oracle =
        new(101, x => x / 100.0, x => Math.Sqrt((100 - x) / 100.0));

    [Fact]
    public void The_first_rounds_follow_the_oracle()
    {
        var result = Oracle.Run(100, 0);

        Assert.Equal((100, 0), result.History[0]);
        Assert.Equal((99, 1), result.History[1]);
        Assert.Equal((99, 11), result.History[2]);
        Assert.Equal((98, 11), result.History[3]);
    }

    [Fact]
    public void Agreement_is_x_67_after_66_rounds_at_the_grid_Nash_optimum()
    {
        var result = Oracle.Run(100, 0);

        Assert.Equal(67, result.Agreement);
        Assert.Equal(66, result.Rounds);
    }

    [Fact]
    public void On_random_two_party_instances_Zeuthen_ends_within_one_grid_step_of_the_grid_Nash_point()
    {
        Gen.Select(Gen.Double[0.2, 1.0], Gen.Double[0.2, 1.0]).Sample((a, b) =>
        {
            double U1(int x) => Math.Pow(x / 100.0, a);
            double U2(int x) => Math.Pow((100 - x) / 100.0, b);

            var result = new ZeuthenNegotiation(101, U1, U2).Run(100, 0);

            Assert.NotNull(result.Agreement);
            Assert.InRange(Math.Abs(result.Agreement.Value - GridNash(U1, U2)), 0, 1);
        });
    }

    private static int GridNash(Func<int, double> u1, Func<int, double> u2) =>
        Enumerable.Range(0, 101).MaxBy(x => u1(x) * u2(x));
}
