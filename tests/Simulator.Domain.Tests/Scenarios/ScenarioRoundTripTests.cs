using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Scenarios;

public sealed class ScenarioRoundTripTests
{
    public static TheoryData<string> ShippedFiles() => [.. RepositoryFiles.ShippedScenarios().Select(f => Path.GetRelativePath(RepositoryFiles.Root, f))];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ResolvedYamlLoadsBackToAnEqualScenario(string relative)
    {
        var path = RepositoryFiles.PathOf(relative);
        var loaded = ScenarioLoader.Load(path);

        var yaml = ScenarioLoader.ResolveToYaml(path);
        var reloaded = ScenarioLoader.LoadText(yaml, "resolved.yaml");

        Assert.DoesNotContain("\nbase:", yaml, StringComparison.Ordinal);
        Assert.Empty(DeepEquality.Differences(loaded, reloaded, nameof(Scenario.SourceFile)));
    }

    [Fact]
    public void ResolvedYamlIsStableWhenResolvedAgain()
    {
        var path = RepositoryFiles.PathOf("scenarios/what-if-putin-attends.yaml");
        var first = ScenarioLoader.ResolveToYaml(path);
        var temp = Path.Combine(Path.GetTempPath(), $"sim-roundtrip-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(temp, first);
            var second = ScenarioLoader.ResolveToYaml(temp);
            Assert.Equal(Body(first), Body(second));
        }
        finally
        {
            File.Delete(temp);
        }

        static string Body(string yaml) => string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith('#')));
    }

    [Fact]
    public void ParameterPathsAreExactlyTheSetPaths()
    {
        var scenario = ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml"));
        var paths = scenario.AllParameters().Select(p => p.Path).ToHashSet();

        Assert.Contains("parties.russia.stances.territory.salience", paths);
        Assert.Contains("parties.russia.capability", paths);
        Assert.Contains("issues.ceasefire.statusQuo", paths);
        Assert.Contains("parties.ukraine.stances.territory.redLine.max", paths);
        Assert.Contains("parties.russia.linkages.ceasefire_needs_withdrawal.require.atLeast", paths);
        Assert.Contains("parties.usa.influences.russia.strength", paths);
        Assert.Contains("parties.russia.delegation.mandate.leaders_summit.max", paths);
        Assert.Contains("protocol.timeBudgetMinutes", paths);
        Assert.Equal(0.3, scenario.Party("russia").StanceOn("territory")!.Salience.Value);
    }

    [Fact]
    public void EveryParameterPathCanBeSetAndReadBack()
    {
        var path = RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml");
        var scenario = ScenarioLoader.Load(path);
        var sets = scenario.AllParameters().Select(p => $"{p.Path}={p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}").ToList();

        var reloaded = ScenarioLoader.Load(path, sets);

        // --set pins: the values and provenance come back, and nothing is left to sample.
        var pairs = scenario.AllParameters().Zip(reloaded.AllParameters()).ToList();
        Assert.Equal(scenario.AllParameters().Count(), pairs.Count);
        Assert.All(pairs, p => Assert.Equal((p.First.Path, p.First.Value, p.First.Source, p.First.Confidence), (p.Second.Path, p.Second.Value, p.Second.Source, p.Second.Confidence)));
        Assert.All(reloaded.AllParameters(), p => Assert.Null(p.Uncertainty));
    }

    [Fact]
    public void SetReplacesTheValueKeepsTheProvenanceAndPinsIt()
    {
        var path = RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml");
        var before = ScenarioLoader.Load(path).Party("russia").StanceOn("territory")!.Salience;

        var after = ScenarioLoader.Load(path, ["parties.russia.stances.territory.salience=0.25"]).Party("russia").StanceOn("territory")!.Salience;

        Assert.Equal(0.25, after.Value);
        Assert.Equal(before.Source, after.Source);
        Assert.Equal(before.Confidence, after.Confidence);
        Assert.NotNull(before.Uncertainty);
        Assert.Null(after.Uncertainty);
    }

    [Fact]
    public void SetAppliesToPlainScalarsLikePackaging()
    {
        var scenario = ScenarioLoader.LoadText(MiniScenario.Text, "mini.yaml", ["protocol.kind=alternating-offers", "monteCarlo.runs=5"]);

        Assert.Equal(ProtocolKind.AlternatingOffers, scenario.Protocol.Kind);
        Assert.Equal(5, scenario.MonteCarlo.Runs);
    }

    [Fact]
    public void MiniScenarioBindsEveryPart()
    {
        var scenario = ScenarioLoader.LoadText(MiniScenario.Text, "mini.yaml");

        Assert.Equal(["ceasefire", "territory"], scenario.Issues.Select(i => i.Id));
        Assert.Equal(["ukraine", "russia", "turkey", "usa"], scenario.Parties.Select(p => p.Id));
        Assert.False(scenario.Issue("territory").Separable);
        Assert.True(scenario.Issue("ceasefire").Separable);
        var russia = scenario.Party("russia");
        Assert.Equal(DelegationLevel.Mid, russia.Delegation.Level);
        Assert.Equal(30, russia.Delegation.Mandate.Single().Max!.Value);
        Assert.Equal(new UniformUncertainty(0.3, 0.6), russia.ReservationUtility.Uncertainty);
        Assert.Equal("slow, grinding advance", russia.ReservationUtility.Source!.Quote);
        Assert.Equal(70, russia.Linkages.Single().Require.AtLeast!.Value);
        Assert.Equal(InfluenceKind.Pressure, scenario.Party("usa").Influences.Single().Kind);
        Assert.Equal(["ceasefire", "territory"], scenario.Protocol.Agenda);
        Assert.Equal(new ParameterChange("parties.russia.reservationUtility", 0.2), scenario.Timeline.Single().Changes.Single());
        Assert.Equal(7UL, scenario.MonteCarlo.Seed);
        Assert.False(scenario.Observed["ceasefire"].Agreed);
    }
}
