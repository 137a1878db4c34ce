using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Domain.Tests.Analysis.Toolkit;

public sealed class GridAxisParserTests
{
    [Fact]
    public void Parses_path_range_and_number_of_points()
    {
        var axis = GridAxisParser.Parse("parties.russia.concessionBeta=0.2..2:10");
        Assert.Equal(new GridAxis("parties.russia.concessionBeta", 0.2, 2, 10), axis);
    }

    [Fact]
    public void Grid_values_include_both_ends_exactly_and_are_evenly_spaced()
    {
        var values = GridAxisParser.Parse("x=0.1..0.7:7").Values();
        Assert.Equal(7, values.Count);
        Assert.Equal(0.1, values[0]);
        Assert.Equal(0.7, values[^1]);
        for (var k = 1; k < values.Count; k++)
        {
            Assert.Equal(0.1, values[k] - values[k - 1], 12);
        }
    }

    [Theory]
    [InlineData("x=5..5:3", "empty")]
    [InlineData("x=10..2:3", "reversed")]
    [InlineData("x=0..1:0", "STEPS")]
    [InlineData("x=0..1:1", "STEPS")]
    [InlineData("x=0..1:ten", "whole number")]
    [InlineData("x=a..1:3", "FROM")]
    [InlineData("x=0..1", "FROM..TO:STEPS")]
    [InlineData("0..1:3", "PATH=FROM..TO:STEPS")]
    public void Bad_axes_say_what_is_wrong_and_show_an_example(string text, string expected)
    {
        var error = Assert.Throws<AnalysisInputException>(() => GridAxisParser.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("e.g. --param", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_axes_make_a_grid_with_the_first_varying_slowest()
    {
        var points = SweepGrid.Points([new GridAxis("x", 0, 1, 2), new GridAxis("y", 10, 30, 3)]);
        Assert.Equal([[0, 10], [0, 20], [0, 30], [1, 10], [1, 20], [1, 30]], points);
    }

    [Fact]
    public void The_same_parameter_twice_is_rejected()
    {
        var error = Assert.Throws<AnalysisInputException>(() => SweepGrid.Points([new GridAxis("x", 0, 1, 2), new GridAxis("x", 0, 1, 2)]));
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }
}
