using CsCheck;
using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

public sealed class BaselineModelTests
{
    [Fact]
    public void CompromiseOnExampleIsTheReferenceValue()
    {
        var actors = ExampleActors.Load();
        var value = CompromiseModel.Forecast(actors.Select(a => a.Capability).ToArray(), actors.Select(a => a.Salience).ToArray(), actors.Select(a => a.Position).ToArray());
        Assert.Equal(7.389955686853767, value, 1e-12);
    }

    [Fact]
    public void WeightedMedianOnExampleIsSeven()
    {
        var actors = ExampleActors.Load();
        var value = WeightedMedianModel.Forecast(actors.Select(a => a.Capability).ToArray(), actors.Select(a => a.Salience).ToArray(), actors.Select(a => a.Position).ToArray());
        Assert.Equal(7.0, value);
    }

    [Fact]
    public void WeightedMedianTakesTheFirstPositionReachingHalfTheWeight()
    {
        // Weights 1, 1, 2 at 10, 20, 30: the running total reaches 2 (half of 4) at 20.
        Assert.Equal(20.0, WeightedMedianModel.Forecast([1, 1, 2], [1, 1, 1], [10, 20, 30]));
        Assert.Equal(30.0, WeightedMedianModel.Forecast([1, 1, 3], [1, 1, 1], [10, 20, 30]));
        Assert.Equal(20.0, WeightedMedianModel.Forecast([2, 1, 1], [1, 1, 1], [30, 10, 20]));
    }

    [Fact]
    public void CompromiseWeighsByCapabilityTimesSalience()
    {
        // 3·1 at 0 and 1·1 at 100: a quarter of the way.
        Assert.Equal(25.0, CompromiseModel.Forecast([3, 1], [1, 1], [0, 100]), 1e-12);
        Assert.Equal(75.0, CompromiseModel.Forecast([3, 1], [0.1, 0.9], [0, 100]), 1e-12);
    }

    [Fact]
    public void CompromiseLiesWithinTheRangeOfPositions()
    {
        Generators.Issue.Sample(issue =>
        {
            var value = CompromiseModel.Forecast(issue.Capabilities, issue.Saliences, issue.Positions);
            return value >= issue.Positions.Min() - 1e-9 && value <= issue.Positions.Max() + 1e-9;
        });
    }

    [Fact]
    public void WeightedMedianIsOneOfThePositions()
    {
        Generators.Issue.Sample(issue => issue.Positions.Contains(WeightedMedianModel.Forecast(issue.Capabilities, issue.Saliences, issue.Positions)));
    }

    [Fact]
    public void WeightedMedianIsInvariantUnderMonotoneRescaling()
    {
        static double Rescale(double x) => Math.Exp(x / 25.0) + (3 * x);
        Generators.Issue.Sample(issue =>
        {
            var median = WeightedMedianModel.Forecast(issue.Capabilities, issue.Saliences, issue.Positions);
            var rescaled = WeightedMedianModel.Forecast(issue.Capabilities, issue.Saliences, issue.Positions.Select(Rescale).ToArray());
            return rescaled == Rescale(median);
        });
    }
}
