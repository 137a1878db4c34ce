using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Tests.Scenarios;

namespace Simulator.Domain.Tests.Analysis.Toolkit;

public sealed class ScenarioPinsTests
{
    private const string Reservation = "parties.russia.reservationUtility";
    private const string Salience = "parties.ukraine.stances.ceasefire.salience";

    [Fact]
    public void A_pinned_uncertain_parameter_is_drawn_at_the_pin_in_every_run_and_keeps_its_written_value()
    {
        var (table, yaml) = Pinned(Reservation, 0.55);
        var index = table.IndexOf(Reservation);
        Assert.Equal(0.4, table.BaseValues[index]);
        for (var run = 0; run < 20; run++)
        {
            Assert.Equal(0.55, ParameterSampler.Sample(table, new Xoshiro256StarStar(SplitMix64.RunSeed(3, run)))[index]);
        }

        // The snapshot loads back on its own, as a grain would load it.
        Assert.Equal(0.55, ((NormalUncertainty)ScenarioLoader.LoadText(yaml, "pinned").AllParameters().Single(p => p.Path == Reservation).Uncertainty!).Mean);
    }

    [Fact]
    public void A_fixed_parameter_can_be_pinned_beyond_what_its_written_value_could_be()
    {
        // Written as 0.9 the saliences would sum above 1; pinned, the written value stays valid.
        var (table, _) = Pinned(Salience, 0.9);
        var index = table.IndexOf(Salience);
        Assert.Equal(0.5, table.BaseValues[index]);
        Assert.Equal(0.9, ParameterSampler.Sample(table, new Xoshiro256StarStar(1))[index]);
    }

    [Fact]
    public void Unpinned_parameters_are_untouched()
    {
        var original = CompiledScenario.Compile(ScenarioLoader.LoadText(MiniScenario.Text, "mini")).Parameters;
        var (table, _) = Pinned(Reservation, 0.55);
        var others = Enumerable.Range(0, original.Count).Where(i => original.Parameters[i].Path != Reservation);
        Assert.All(others, i => Assert.Equal(original.Parameters[i], table.Parameters[table.IndexOf(original.Parameters[i].Path)]));
    }

    private static (ParameterTable Table, string Yaml) Pinned(string path, double value)
    {
        var scenario = ScenarioLoader.LoadText(MiniScenario.Text, "mini");
        var parameter = scenario.AllParameters().Single(p => p.Path == path);
        var (yaml, pinned) = new ScenarioPins(MiniScenario.Text, "mini").Apply([new ParameterPin(parameter, value)]);
        return (CompiledScenario.Compile(pinned).Parameters, yaml);
    }
}
