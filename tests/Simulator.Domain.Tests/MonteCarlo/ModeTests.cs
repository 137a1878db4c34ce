using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Tests.Engine;

namespace Simulator.Domain.Tests.MonteCarlo;

public sealed class ModeTests
{
    [Fact]
    public void Most_common_value_is_the_centre_of_the_fullest_five_point_bin_not_the_smallest_sample()
    {
        var scenario = CompiledScenario.Compile(TestScenarios.Table());
        var accumulator = new ExperimentAccumulator(scenario);
        double[] summitValues = [21, 22, 22.4, 24, 60];
        for (var r = 0; r < summitValues.Length; r++)
        {
            var n = scenario.Agenda.Length;
            var agreed = new bool[n];
            var values = new double[n];
            agreed[3] = true;
            values[3] = summitValues[r];
            accumulator.Add(new RunSummary(r, agreed, values, new string?[n], new string?[n], 1, 10, EndReason.TimeBudget));
        }

        var summit = accumulator.ToResult(1).Issues[3].AgreedValues!;
        Assert.Equal(20, summit.Mode);
        Assert.Equal(21, summit.Min);
        Assert.Equal(5, summit.Histogram.Count);
    }
}
