using Simulator.Domain.MonteCarlo;

namespace Simulator.Domain.Tests.MonteCarlo;

public sealed class WilsonIntervalTests
{
    [Theory]
    [InlineData(0, 10, 0.0, 0.277533)]
    [InlineData(5, 10, 0.236593, 0.763407)]
    [InlineData(81, 263, 0.255289, 0.366210)]
    public void Matches_published_values(long successes, long trials, double low, double high)
    {
        var (l, h) = WilsonInterval.Of(successes, trials);
        Assert.Equal(low, l, 5);
        Assert.Equal(high, h, 5);
    }
}
