using Simulator.Domain.Engine;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Tests.Engine;

namespace Simulator.Domain.Tests.Protocols;

/// <summary>In alternating offers a party learns another's limits only from its rejections and stated reasons, never before.</summary>
public sealed class AlternatingOffersLearningTests
{
    // A opens; B's red line keeps x at most 60, which A cannot know until B says so.
    private static CompiledScenario Table() => TwoPartyYaml.Compile(
        a: """
           x: {position: 100, salience: 0.6}
           y: {position: 50, salience: 0.4}
           """,
        b: """
           x: {position: 50, salience: 0.5, redLine: {max: 60}}
           y: {position: 50, salience: 0.5}
           """,
        protocol: "alternating-offers");

    [Fact]
    public void The_first_offer_may_break_a_red_line_nobody_has_stated_and_the_next_one_respects_it_once_stated()
    {
        var compiled = Table();
        var values = compiled.Parameters.CopyBaseValues();

        var result = AlternatingOffersTableProtocol.Instance.Run(compiled, values, recordTranscript: true);

        var offers = result.Transcript!;
        var first = offers[0].Text.Single(t => t.Issue == 0);
        Assert.StartsWith("a offers", offers[0].Events[0], StringComparison.Ordinal);
        Assert.True(first.Value > 60, $"A's opening offer puts x at {first.Value}: it could only respect B's red line by reading B's mind");
        var aLater = offers.Skip(1).Where(r => r.Events[0].StartsWith("a offers", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(aLater);
        Assert.All(aLater, r => Assert.True(r.Text.Where(t => t.Issue == 0).All(t => t.Value <= 60), "after B's stated reason A keeps x within it"));
        Assert.Equal(EndReason.Agreement, result.EndReason);
        var x = result.Issues.Single(i => i.Issue == 0);
        Assert.True(!x.Agreed || x.Value <= 60);
    }

    [Fact]
    public void A_party_knows_nothing_of_another_red_line_until_that_party_rejects_on_it()
    {
        var compiled = Table();
        var values = compiled.Parameters.CopyBaseValues();
        var statusQuo = ScenarioPackages.StatusQuo(compiled, values);
        var packages = ScenarioPackages.Build(compiled, values);
        var space = new OfferSpace<double[]>(packages, [.. compiled.Principals.Select(p => (Func<double[], double>)(o => UtilityFunction.Of(compiled.Parties[p], values, o)))]);
        var heard = new MediatorBeliefs(compiled.Parties.Length, compiled.IssueCount);
        var a = new ScenarioOfferAgent(compiled, values, 0, space, new TimeDependentTactic(1), 0, statusQuo, heard);
        var b = new ScenarioOfferAgent(compiled, values, 1, space, new TimeDependentTactic(1), 0, statusQuo, heard);
        var clock = new NegotiationClock(0, 10, 2);
        var breaking = packages.First(p => p[0] > 60);

        Assert.True(a.MayOffer(breaking), "before B has said anything, A may offer what B's red line forbids");
        Assert.False(b.Accepts(breaking, clock));
        Assert.False(a.MayOffer(breaking), "once B has stated its red line, A no longer offers past it");
        Assert.Equal(60, heard.High[heard.Index(compiled.Principals[1], 0)]);
    }
}
