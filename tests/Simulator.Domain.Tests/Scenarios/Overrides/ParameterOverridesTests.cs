using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Domain.Tests.Scenarios.Overrides;

public sealed class ParameterOverridesTests
{
    private const string Reservation = "parties.russia.reservationUtility";
    private const string UkraineCeasefireSalience = "parties.ukraine.stances.ceasefire.salience";
    private static readonly string Baseline = RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml");

    [Fact]
    public void An_override_holds_an_uncertain_parameter_at_its_value_in_every_run()
    {
        var compiled = Compiled(MiniScenario.Text);

        var overridden = ParameterOverrides.Apply(compiled, [new ParameterOverride(Reservation, 0.55)]);

        var index = overridden.Parameters.IndexOf(Reservation);
        Assert.Equal(0.55, overridden.Parameters.BaseValues[index]);
        Assert.DoesNotContain(index, overridden.Parameters.UncertainIndices);
        for (var run = 0; run < 20; run++)
        {
            Assert.Equal(0.55, ParameterSampler.Sample(overridden.Parameters, new Xoshiro256StarStar(SplitMix64.RunSeed(3, run)))[index]);
        }

        // The scenario the outputs describe carries the value too, with its provenance kept.
        var parameter = overridden.Scenario.AllParameters().Single(p => p.Path == Reservation);
        Assert.Equal(0.55, parameter.Value);
        Assert.Equal("slow, grinding advance", parameter.Source?.Quote);
    }

    [Fact]
    public void Overrides_leave_every_other_parameter_untouched()
    {
        var compiled = Compiled(MiniScenario.Text);

        var overridden = ParameterOverrides.Apply(compiled, [new ParameterOverride(Reservation, 0.55)]);

        var others = Enumerable.Range(0, compiled.Parameters.Count).Where(i => compiled.Parameters.Parameters[i].Path != Reservation);
        Assert.All(others, i => Assert.Equal(compiled.Parameters.Parameters[i], overridden.Parameters.Parameters[i]));
    }

    [Fact]
    public void Set_on_a_numeric_parameter_travels_as_an_override_beside_a_snapshot_that_keeps_the_written_value()
    {
        var resolved = ScenarioLoader.LoadResolved(Baseline, ["parties.russia.concessionBeta=0.5", "protocol.packaging=all-or-nothing"]);

        var change = Assert.Single(resolved.Overrides);
        Assert.Equal(new ParameterOverride("parties.russia.concessionBeta", 0.5, "--set", 1), change);
        Assert.Contains("all-or-nothing", resolved.Snapshot, StringComparison.Ordinal);
        var snapshot = ScenarioLoader.LoadText(resolved.Snapshot, "snapshot");
        Assert.NotEqual(0.5, snapshot.Party("russia").ConcessionBeta.Value);
        Assert.Equal(0.5, resolved.Scenario.Party("russia").ConcessionBeta.Value);
    }

    [Fact]
    public void Snapshot_plus_overrides_gives_the_same_runs_as_the_file_rewritten_with_the_set()
    {
        string[] sets = ["parties.russia.stances.territory.salience=0.25", "parties.ukraine.stances.territory.redLine.max=55", "protocol.timeBudgetMinutes=60"];
        var resolved = ScenarioLoader.LoadResolved(Baseline, sets);

        // What a silo does: compile the snapshot once, apply the list.
        var onSilo = ParameterOverrides.Apply(CompiledScenario.Compile(ScenarioLoader.LoadText(resolved.Snapshot, "snapshot")), resolved.Overrides);
        // The old way: the --set written into the YAML itself.
        var rewritten = CompiledScenario.Compile(ScenarioLoader.LoadText(resolved.Yaml, "rewritten"));

        Assert.Equal(ExperimentJson.Serialize(ExperimentRunner.Run(rewritten, 300, 11)), ExperimentJson.Serialize(ExperimentRunner.Run(onSilo, 300, 11)));
    }

    [Fact]
    public void Set_and_a_sweep_value_refuse_the_same_out_of_range_value_each_pointing_at_itself()
    {
        var compiled = Compiled(MiniScenario.Text);

        var viaSet = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(MiniScenario.Text, "mini", ["parties.usa.influences.russia.strength=3"])).Errors.Single();
        var viaSweep = Assert.Throws<ScenarioException>(() => ParameterOverrides.Apply(compiled, [new ParameterOverride("parties.usa.influences.russia.strength", 3, ParameterOverride.ParamSource, 2)])).Errors.Single();

        Assert.Equal(("--set", 1), (viaSet.File, viaSet.Line));
        Assert.Equal(("--param", 2), (viaSweep.File, viaSweep.Line));
        Assert.Equal(viaSet.Message, viaSweep.Message);
        Assert.Contains("is outside [0, 1]", viaSet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_salience_no_run_could_fit_is_refused_at_the_set_with_the_largest_value_that_fits()
    {
        // Ukraine's saliences are fixed at 0.5 + 0.5: raising one cannot fit.
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(MiniScenario.Text, "mini", ["monteCarlo.runs=5", UkraineCeasefireSalience + "=0.7"])).Errors.Single();

        Assert.Equal(("--set", 2), (error.File, error.Line));
        Assert.Contains("the saliences of party 'ukraine' would sum to at least 1.2", error.Message, StringComparison.Ordinal);
        Assert.Contains("use at most 0.5", error.Hint, StringComparison.Ordinal);
        Assert.Contains("--set parties.ukraine.stances.territory.salience=0.3", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_salience_set_and_swept_alike_is_accepted_when_runs_can_fit_it_under_1()
    {
        // Russia's baseline saliences sum to 1 but are uncertain: draws at the bottom of their ranges leave room.
        var viaSet = ScenarioLoader.Load(Baseline, ["parties.russia.stances.territory.salience=0.35"]);
        var viaSweep = ParameterOverrides.Apply(ScenarioLoader.Load(Baseline), [new ParameterOverride("parties.russia.stances.territory.salience", 0.35, ParameterOverride.ParamSource)]);

        Assert.Equal(0.35, viaSet.Party("russia").StanceOn("territory")!.Salience.Value);
        Assert.Equal(viaSet.AllParameters(), viaSweep.AllParameters());
    }

    [Fact]
    public void An_unknown_path_is_refused_with_the_closest_parameter()
    {
        var error = Assert.Throws<ScenarioException>(() => ParameterOverrides.Apply(Compiled(MiniScenario.Text), [new ParameterOverride("parties.russia.reservationUtilty", 0.5, ParameterOverride.ParamSource)])).Errors.Single();

        Assert.Equal("--param", error.File);
        Assert.Contains("did you mean 'parties.russia.reservationUtility'?", error.Hint, StringComparison.Ordinal);
    }

    private static CompiledScenario Compiled(string text) => CompiledScenario.Compile(ScenarioLoader.LoadText(text, "mini"));
}
