using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Analysis.Toolkit;

public sealed class ParameterDiffTests
{
    [Fact]
    public void Identical_tables_differ_nowhere()
    {
        var table = Table(new Parameter("a", 1, Uncertainty: new UniformUncertainty(0, 2)), new Parameter("b", 3));
        Assert.Empty(ParameterDiff.Between(table, Table(new Parameter("a", 1, Uncertainty: new UniformUncertainty(0, 2)), new Parameter("b", 3))));
    }

    [Fact]
    public void Changed_values_changed_ranges_and_missing_parameters_are_listed()
    {
        var a = Table(new Parameter("same", 1), new Parameter("value", 1), new Parameter("range", 1, Uncertainty: new UniformUncertainty(0, 2)), new Parameter("onlyA", 5));
        var b = Table(new Parameter("same", 1), new Parameter("value", 2), new Parameter("range", 1, Uncertainty: new UniformUncertainty(0, 3)), new Parameter("onlyB", 6));
        var differences = ParameterDiff.Between(a, b);
        Assert.Equal(["value", "range", "onlyA", "onlyB"], differences.Select(d => d.Path));
        Assert.Equal((1.0, 2.0), (differences[0].ValueA!.Value, differences[0].ValueB!.Value));
        Assert.Equal("uniform [0, 3]", differences[1].UncertaintyB);
        Assert.Null(differences[2].ValueB);
        Assert.Null(differences[3].ValueA);
    }

    private static ParameterTable Table(params Parameter[] parameters) => new(parameters);
}
