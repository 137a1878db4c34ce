using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Tests.Scenarios;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// A shared chair drafts a weighted compromise of its co-mediators' views: moving a co-mediator's
/// weight or position moves the draft its way, a seat without a stance pulls nothing, a chair whose
/// other seat weighs 0 runs exactly as its one mediator alone, and the transcript names the chair.
/// </summary>
public sealed class SharedChairTests
{
    // Principals at 100 and 0 with equal weight: the compromise is 50 and their spread is the whole
    // scale, so each co-mediator pulls by its share × 0.3: the first draft is 35 + 30 × the UN's share.
    private static double FirstDraft(IReadOnlyList<string> sets)
    {
        var compiled = CompiledScenario.Compile(ScenarioLoader.LoadText(CoMediatorTests.Chair, "test.yaml", sets));
        var result = MediatedSingleTextProtocol.Instance.Run(compiled, compiled.Parameters.CopyBaseValues(), recordTranscript: true);
        return result.Transcript![0].Text.Single(t => t.Issue == 0).Value;
    }

    [Theory]
    [InlineData(1, 0, 35)]
    [InlineData(3, 2, 45)]
    [InlineData(1, 4, 60)]
    [InlineData(0, 1, 65)]
    public void TheDraftFollowsTheCoMediatorsWeights(double turkey, double un, double drafted)
    {
        var value = FirstDraft([$"protocol.mediators.turkey.weight={turkey}", $"protocol.mediators.un.weight={un}"]);

        Assert.Equal(drafted, value);
    }

    [Fact]
    public void MoreWeightForTheCoMediatorAtTheTopMovesTheDraftUp()
    {
        var drafts = new[] { 0.0, 0.5, 1, 2, 4, 8, 1000 }.Select(un => FirstDraft([$"protocol.mediators.un.weight={un}"])).ToList();

        Assert.Equal(drafts.Order(), drafts);
        Assert.True(drafts[^1] > drafts[0], $"drafts {string.Join(", ", drafts)}");
    }

    [Fact]
    public void MovingACoMediatorsPositionMovesTheDraftTheSameWay()
    {
        var high = FirstDraft([]);
        var lower = FirstDraft(["parties.un.stances.x.position=40"]);
        var turkeyUp = FirstDraft(["parties.turkey.stances.x.position=100"]);

        Assert.True(lower < high, $"UN at 40 drafted {lower}, at 100 {high}");
        Assert.True(turkeyUp > high, $"Turkey at 100 drafted {turkeyUp}, at 0 {high}");
    }

    [Fact]
    public void EachCoMediatorPullsByItsShareBeforeRounding()
    {
        var compiled = CompiledScenario.Compile(ScenarioLoader.LoadText(CoMediatorTests.Chair, "test.yaml"));
        var values = compiled.Parameters.CopyBaseValues();

        // 0.6 × 0.3 towards 0 and 0.4 × 0.3 towards 100: (1 − 0.3) × 50 + 0.12 × 100.
        Assert.Equal(47, ChairView.Pulled(compiled, values, 0, 50, 1), 9);
        // Principals half as far apart: half the pull, (1 − 0.15) × 50 + 0.06 × 100.
        Assert.Equal(48.5, ChairView.Pulled(compiled, values, 0, 50, 0.5), 9);
    }

    [Fact]
    public void ACoMediatorWithoutAStanceContributesNoPullAndTheOthersAreNotScaledUp()
    {
        var text = CoMediatorTests.Chair.Replace("""
                stances:
                  x: {position: 100, salience: 0.3}
            """, "", StringComparison.Ordinal);
        var compiled = CompiledScenario.Compile(ScenarioLoader.LoadText(text, "test.yaml"));
        var values = compiled.Parameters.CopyBaseValues();

        Assert.False(compiled.Parties[compiled.Chair[1]].HasStance[0]);
        Assert.Equal((1 - (0.6 * 0.3)) * 50, ChairView.Pulled(compiled, values, 0, 50, 1), 9);
    }

    [Fact]
    public void WithNoPrincipalPullingTheChairsOwnViewIsItsWeightedMean()
    {
        var compiled = CompiledScenario.Compile(ScenarioLoader.LoadText(CoMediatorTests.Chair, "test.yaml"));
        var values = compiled.Parameters.CopyBaseValues();

        Assert.True(ChairView.TryPosition(compiled, values, 0, out var position));
        Assert.Equal(40, position, 9);
    }

    private const string Uncertain = """
        id: chair-runs
        title: Chair runs
        issues:
          x: {label: X, statusQuo: 0}
          y: {label: Y, statusQuo: 20, separable: true}
        parties:
          a:
            name: A
            role: principal
            capability: {value: 60, uncertainty: {uniform: [40, 80]}}
            concessionBeta: {value: 1, uncertainty: {uniform: [0.5, 2]}}
            reservationUtility: 0.3
            stances:
              x: {position: {value: 90, uncertainty: {uniform: [70, 100]}}, salience: 0.6}
              y: {position: 80, salience: 0.4, redLine: {min: {value: 35, uncertainty: {uniform: [25, 45]}}}}
          b:
            name: B
            role: principal
            reservationUtility: {value: 0.3, uncertainty: {uniform: [0.1, 0.5]}}
            stances:
              x: {position: 10, salience: 0.5, redLine: {max: {value: 55, uncertainty: {uniform: [40, 70]}}}}
              y: {position: 30, salience: 0.5}
          turkey:
            name: Turkey
            role: mediator
            stances:
              x: {position: {value: 70, uncertainty: {uniform: [50, 90]}}, salience: 0.3}
              y: {position: 60, salience: 0.2}
          un:
            name: United Nations
            role: mediator
            stances:
              x: {position: 0, salience: 0.5}
              y: {position: 0, salience: 0.5}
        protocol:
          kind: mediated-single-text
          CHAIR
          timeBudgetMinutes: 90
        """;

    [Fact]
    public void AChairWhoseOtherSeatWeighsZeroRunsExactlyAsItsOneMediatorAlone()
    {
        var single = CompiledScenario.Compile(ScenarioLoader.LoadText(Uncertain.Replace("CHAIR", "mediator: turkey", StringComparison.Ordinal), "test.yaml"));
        var chair = CompiledScenario.Compile(ScenarioLoader.LoadText(Uncertain.Replace("CHAIR", "mediators: {turkey: {weight: 1}, un: {weight: 0}}", StringComparison.Ordinal), "test.yaml"));
        var heard = CompiledScenario.Compile(ScenarioLoader.LoadText(Uncertain.Replace("CHAIR", "mediators: {turkey: {weight: 1}, un: {weight: 1}}", StringComparison.Ordinal), "test.yaml"));

        var alone = ExperimentJson.Serialize(ExperimentRunner.Run(single, 300, 11, parallelism: 1));
        Assert.Equal(alone, ExperimentJson.Serialize(ExperimentRunner.Run(chair, 300, 11, parallelism: 1)));
        Assert.NotEqual(alone, ExperimentJson.Serialize(ExperimentRunner.Run(heard, 300, 11, parallelism: 1)));
        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(Body(single, run), Body(chair, run));
        }
    }

    [Fact]
    public void TheTranscriptNamesTheChairWithEachShare()
    {
        var compiled = CompiledScenario.Compile(ScenarioLoader.LoadText(CoMediatorTests.Chair, "test.yaml"));

        var text = TranscriptFormatter.Format(compiled, ExperimentRunner.Explain(compiled, 1, 0));

        Assert.StartsWith("Chair: Turkey (60%) and United Nations (40%), drafting one text together", text, StringComparison.Ordinal);
        Assert.Contains("all of them hear every answer", text.Split('\n')[0], StringComparison.Ordinal);
        var lone = CompiledScenario.Compile(ScenarioLoader.LoadText(MiniScenario.Text, "test.yaml"));
        Assert.StartsWith("Chair: Turkey drafts every text.", TranscriptFormatter.Format(lone, ExperimentRunner.Explain(lone, 1, 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheUsCoChairWhatIfWithTheUsSeatAtWeightZeroRunsExactlyAsTheBaseline()
    {
        var whatIf = ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/what-if-us-co-chairs.yaml"));
        var zero = ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/what-if-us-co-chairs.yaml"), ["protocol.mediators.usa.weight=0"]);
        var baseline = ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"));

        Assert.Equal(["turkey", "usa"], whatIf.Protocol.ChairIds);
        Assert.Equal(Json(baseline), Json(zero));
        Assert.NotEqual(Json(baseline), Json(whatIf));

        static string Json(Domain.Scenarios.Scenario s) =>
            ExperimentJson.Serialize(ExperimentRunner.Run(CompiledScenario.Compile(s), 200, 20250516) with { Scenario = "", Title = "" });
    }

    [Fact]
    public void TheReadmeFiguresOfTheCoChairWhatIfHold()
    {
        // README, "What the baseline and the what-ifs give": 2,000 runs, seed 20250516.
        var result = ExperimentRunner.Run(CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/what-if-us-co-chairs.yaml"))), 2000, 20250516);
        int Agreed(string issue) => result.Issues.Single(i => i.Id == issue).AgreedRuns;

        Assert.Equal((1, 2000, 46, 1983), (Agreed("ceasefire"), Agreed("prisoner_exchange"), Agreed("leaders_summit"), Agreed("follow_up_talks")));
        Assert.Equal(64.9, result.Issues.Single(i => i.Id == "follow_up_talks").AgreedValues!.Mean, 1);
        Assert.Equal("linkage:russia.ceasefire_needs_withdrawal", result.Issues.Single(i => i.Id == "ceasefire").Blockers[0].Key);
        Assert.Equal("mandate:russia.leaders_summit", result.Issues.Single(i => i.Id == "leaders_summit").Blockers[0].Key);
    }

    /// <summary>A run's transcript without its opening line (the one that names the chair).</summary>
    private static string Body(CompiledScenario scenario, int run) =>
        TranscriptFormatter.Format(scenario, ExperimentRunner.Explain(scenario, 11, run)).Split('\n', 2)[1];
}
