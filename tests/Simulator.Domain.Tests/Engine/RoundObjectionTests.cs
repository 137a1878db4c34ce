using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Engine;

/// <summary>
/// The mediated table keeps a round's objections as <see cref="RoundObjection"/>s, naming a linkage
/// by its index in the scenario: converting to and from the public <see cref="Objection"/> must
/// lose nothing, and the index must name the very linkage object the party holds.
/// </summary>
public sealed class RoundObjectionTests
{
    private static CompiledScenario Istanbul() =>
        CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));

    [Fact]
    public void Every_party_linkage_has_an_index_that_names_it_back()
    {
        var scenario = Istanbul();
        var seen = 0;
        for (var p = 0; p < scenario.Parties.Length; p++)
        {
            var linkages = scenario.Parties[p].Linkages;
            for (var l = 0; l < linkages.Length; l++)
            {
                var index = scenario.LinkageIndex(linkages[l]);
                Assert.Equal(scenario.LinkageStart[p] + l, index);
                Assert.Same(linkages[l], scenario.Linkages[index]);
                seen++;
            }
        }

        Assert.True(seen > 0, "the scenario has no linkage to check");
        Assert.Equal(seen, scenario.Linkages.Length);
        Assert.Equal(-1, scenario.LinkageIndex(null));
    }

    [Fact]
    public void A_linkage_of_another_scenario_is_refused()
    {
        var scenario = Istanbul();
        var other = Istanbul();
        Assert.Throws<ArgumentException>(() => scenario.LinkageIndex(other.Linkages[0]));
    }

    [Fact]
    public void An_objection_survives_the_round_trip_field_for_field()
    {
        var scenario = Istanbul();
        var holder = Array.FindIndex(scenario.Parties, p => p.Linkages.Length > 0);
        var linkage = scenario.Parties[holder].Linkages[0];
        Objection[] objections =
        [
            new(holder, ObjectionKind.Linkage, linkage.WhenIssue, 70, null, linkage.RequireIssue, linkage),
            new(0, ObjectionKind.RedLine, 1, null, 40, 1),
            new(1, ObjectionKind.Mandate, 2, 10, 90, 2),
            new(0, ObjectionKind.RedLine, 3, 0, 0, 3),
            new(1, ObjectionKind.InsufficientGain, 4, Gain: -0.0, Needed: 0.75),
            new(0, ObjectionKind.Declined, 5),
        ];

        foreach (var objection in objections)
        {
            var back = RoundObjection.From(scenario, objection).ToObjection(scenario);
            Assert.Equal(objection, back);
            Assert.Same(objection.Linkage, back.Linkage);
            Assert.Equal(BitConverter.DoubleToInt64Bits(objection.Gain), BitConverter.DoubleToInt64Bits(back.Gain));
        }
    }

    [Fact]
    public void A_bound_of_zero_is_kept_apart_from_no_bound()
    {
        var atZero = RoundObjection.Limit(0, ObjectionKind.RedLine, 1, 0, null, 1);
        Assert.True(atZero.HasMin);
        Assert.Equal(0.0, atZero.MinOrNull);
        Assert.False(atZero.HasMax);
        Assert.Null(atZero.MaxOrNull);
    }
}
