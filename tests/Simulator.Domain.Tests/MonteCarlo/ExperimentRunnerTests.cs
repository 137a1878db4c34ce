using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Tests.Engine;

namespace Simulator.Domain.Tests.MonteCarlo;

public sealed class ExperimentRunnerTests
{
    private static CompiledScenario Uncertain() =>
        CompiledScenario.Compile(TestScenarios.Table(swapUncertainty: new UniformUncertainty(20, 80)));

    [Fact]
    public void Same_seed_gives_byte_identical_json()
    {
        var scenario = Uncertain();
        var a = ExperimentJson.Serialize(ExperimentRunner.Run(scenario, 300, 42));
        var b = ExperimentJson.Serialize(ExperimentRunner.Run(scenario, 300, 42));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Different_seeds_give_different_agreed_value_distributions()
    {
        var scenario = Uncertain();
        var a = ExperimentRunner.Run(scenario, 300, 1).Issues[0].AgreedValues!.Mean;
        var b = ExperimentRunner.Run(scenario, 300, 2).Issues[0].AgreedValues!.Mean;
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(64, 1)]
    [InlineData(1000, 2)]
    public void Batch_size_and_parallelism_do_not_change_the_result(int batchSize, int parallelism)
    {
        var scenario = Uncertain();
        var reference = ExperimentJson.Serialize(ExperimentRunner.Run(scenario, 250, 9, batchSize: 250, parallelism: 1));
        var other = ExperimentJson.Serialize(ExperimentRunner.Run(scenario, 250, 9, batchSize, parallelism));
        Assert.Equal(reference, other);
    }

    [Fact]
    public void Accumulators_merged_in_any_order_agree()
    {
        var scenario = Uncertain();
        var runs = ExperimentRunner.RunBatch(scenario, 5, 0, 120);
        var forward = new ExperimentAccumulator(scenario);
        foreach (var r in runs)
        {
            forward.Add(r);
        }

        var left = new ExperimentAccumulator(scenario);
        var right = new ExperimentAccumulator(scenario);
        foreach (var r in runs.Reverse())
        {
            (r.RunIndex % 3 == 0 ? left : right).Add(r);
        }

        right.Merge(left);
        Assert.Equal(ExperimentJson.Serialize(forward.ToResult(5)), ExperimentJson.Serialize(right.ToResult(5)));
    }

    [Theory]
    [InlineData("scenarios/istanbul-2025-05-16.yaml")]
    [InlineData("scenarios/what-if-all-or-nothing.yaml")]
    [InlineData("scenarios/what-if-alternating-offers.yaml")]
    public void Accumulating_runs_directly_counts_exactly_what_their_summaries_count(string file)
    {
        // Direct accumulation renders a blocker's explanation only for the earliest run with its
        // key; the result must not show it. Runs 40-119 are accumulated first and runs 0-39 merged in
        // afterwards, so an earlier run arriving later must replace the kept explanation.
        var scenario = CompiledScenario.Compile(Simulator.Domain.Scenarios.Loading.ScenarioLoader.Load(RepositoryFiles.PathOf(file)));
        var fromSummaries = new ExperimentAccumulator(scenario);
        foreach (var run in ExperimentRunner.RunBatch(scenario, 77, 0, 120))
        {
            fromSummaries.Add(run);
        }

        var direct = new ExperimentAccumulator(scenario);
        ExperimentRunner.AccumulateBatch(scenario, 77, 40, 80, direct);
        var earlier = new ExperimentAccumulator(scenario);
        ExperimentRunner.AccumulateBatch(scenario, 77, 0, 40, earlier);
        direct.Merge(earlier);
        Assert.Equal(ExperimentJson.Serialize(fromSummaries.ToResult(77)), ExperimentJson.Serialize(direct.ToResult(77)));
    }

    [Fact]
    public void Run_replayed_by_explain_matches_the_same_run_in_the_experiment()
    {
        var scenario = Uncertain();
        var batch = ExperimentRunner.RunBatch(scenario, 11, 17, 1)[0];
        var explained = RunSummary.From(17, ExperimentRunner.Explain(scenario, 11, 17));
        Assert.Equal(batch.Agreed, explained.Agreed);
        Assert.Equal(batch.Values, explained.Values);
        Assert.Equal(batch.BlockerKeys, explained.BlockerKeys);
    }

    [Fact]
    public void Agreement_probability_carries_a_wilson_interval_around_it()
    {
        var result = ExperimentRunner.Run(Uncertain(), 200, 3);
        foreach (var issue in result.Issues)
        {
            Assert.InRange(issue.AgreedProbability, issue.Interval.Low, issue.Interval.High);
            Assert.Equal(issue.AgreedRuns / 200.0, issue.AgreedProbability, 12);
        }
    }

    [Fact]
    public void Uncertain_parameters_are_sampled_within_their_support()
    {
        var table = new ParameterTable(
        [
            new Parameter("a", 5, Uncertainty: new UniformUncertainty(2, 8)),
            new Parameter("b", 5, Uncertainty: new TriangularUncertainty(0, 5, 10)),
            new Parameter("c", 5, Uncertainty: new NormalUncertainty(5, 10, 0, 6)),
            new Parameter("d", 5),
        ]);
        var random = new Xoshiro256StarStar(1);
        for (var k = 0; k < 2000; k++)
        {
            var v = ParameterSampler.Sample(table, random);
            Assert.InRange(v[0], 2, 8);
            Assert.InRange(v[1], 0, 10);
            Assert.InRange(v[2], 0, 6);
            Assert.Equal(5, v[3]);
        }
    }
}
