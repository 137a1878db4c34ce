using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Engine;

/// <summary>One test per modelling rule that the table tests do not pin down on their own.</summary>
public sealed class ModelRuleTests
{
    [Theory]
    [InlineData(UtilityShape.Linear, 50, 50, 1.0)]
    [InlineData(UtilityShape.Linear, 50, 80, 0.7)]
    [InlineData(UtilityShape.Concave, 50, 80, 0.91)]
    [InlineData(UtilityShape.Concave, 0, 100, 0.0)]
    public void Issue_value_falls_with_distance_linearly_or_concavely(UtilityShape shape, double ideal, double value, double expected)
    {
        Assert.Equal(expected, UtilityFunction.IssueValue(shape, ideal, value), 12);
    }

    [Fact]
    public void Pressure_lowers_the_targets_floor_and_speeds_its_concessions_alignment_does_the_opposite()
    {
        var plain = Stances(null);
        var pressed = Stances(InfluenceKind.Pressure);
        var aligned = Stances(InfluenceKind.Alignment);
        Assert.True(pressed.Floor < plain.Floor && pressed.Beta > plain.Beta);
        Assert.True(aligned.Floor > plain.Floor && aligned.Beta < plain.Beta);
    }

    [Fact]
    public void A_timeline_event_changes_its_parameter_from_its_minute_on()
    {
        // At minute 10 the mandate cap on the summit is lifted: round 1 meets the cap, later rounds do not.
        var scenario = TestScenarios.Table() with
        {
            Timeline = [new TimelineEvent(10, "the leader authorises a summit", [new ParameterChange("parties.b.delegation.mandate.summit.max", 100)], null)],
        };
        var compiled = CompiledScenario.Compile(scenario);
        var result = ExperimentRunner.Explain(compiled, 1, 0);
        var summit = scenario.IssueIndex("summit");
        var transcript = result.Transcript!;
        Assert.Contains(transcript[0].Responses.SelectMany(r => r.Objections), o => o.Kind == ObjectionKind.Mandate && o.Issue == summit);
        Assert.Equal(10, transcript.Single(r => r.Events.Count > 0).Minute);
        Assert.DoesNotContain(transcript.Skip(1).SelectMany(r => r.Responses).SelectMany(r => r.Objections), o => o.Kind == ObjectionKind.Mandate);
        Assert.NotEqual(BlockerKind.Mandate, result.Issues.Single(o => o.Issue == summit).Blocker?.Kind);
    }

    private static EffectiveStance Stances(InfluenceKind? kind)
    {
        var scenario = TestScenarios.Table();
        if (kind is { } k)
        {
            var m = scenario.Party("m");
            var influenced = m with { Influences = [new Influence("b", k, TestScenarios.P("parties.m.influences.b.strength", 0.5), null)] };
            scenario = scenario with { Parties = [.. scenario.Parties.Select(p => p.Id == "m" ? influenced : p)] };
        }

        var compiled = CompiledScenario.Compile(scenario);
        return EffectiveStance.Compute(compiled, compiled.Parameters.CopyBaseValues())[Array.FindIndex(compiled.Parties, p => p.Id == "b")];
    }
}
