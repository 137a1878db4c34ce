using Simulator.Domain.Engine;

namespace Simulator.Domain.Tests.Engine;

/// <summary>The reason given for an item that failed is one that binds the last draft of it.</summary>
public sealed class FinalReasonTests
{
    private static NegotiationResult Run(CompiledScenario compiled) =>
        MediatedSingleTextProtocol.Instance.Run(compiled, compiled.Parameters.CopyBaseValues(), recordTranscript: true);

    [Fact]
    public void A_red_line_the_last_draft_respects_is_not_the_reason_given()
    {
        // B's weight pulls the first draft past A's red line (37); once learned, the chair drafts 35,
        // inside it. B takes 35, A (who wants none of x) does not: its red line no longer binds, its
        // loss does.
        var compiled = TwoPartyYaml.Compile(
            a: "x: {position: 0, salience: 1, redLine: {max: 37}}",
            b: "x: {position: 100, salience: 1}",
            aCapability: 10,
            bCapability: 90);

        var result = Run(compiled);

        var x = result.Issues.Single(o => o.Issue == 0);
        Assert.False(x.Agreed);
        Assert.Contains(result.Transcript!, r => r.Responses.Any(p => p.Objections.Any(o => o.Kind == ObjectionKind.RedLine)));
        var last = result.Transcript!.Last(r => r.Text.Count > 0).Text.Single();
        Assert.True(last.Value <= 37, $"the last draft is {last.Value}");
        Assert.Equal("gain:a", x.Blocker!.Key);
        Assert.DoesNotContain("red line", x.Blocker.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_red_line_that_holds_the_draft_below_what_the_other_side_wants_stays_the_reason()
    {
        // The same table with A wanting 30: now A takes 35 and B, holding out for half its gain,
        // turns it down wanting more than A's red line allows.
        var compiled = TwoPartyYaml.Compile(
            a: "x: {position: 30, salience: 1, redLine: {max: 37}}",
            b: "x: {position: 100, salience: 1}",
            aCapability: 10,
            bCapability: 90,
            bReservation: 0.5);

        var x = Run(compiled).Issues.Single(o => o.Issue == 0);

        Assert.False(x.Agreed);
        Assert.Equal("redline:a.x", x.Blocker!.Key);
    }

    [Fact]
    public void Limits_that_still_close_the_item_stay_the_reason()
    {
        // A's red line stops at 37 and B's starts at 60: the chair learns both and the item has no zone.
        var compiled = TwoPartyYaml.Compile(
            a: "x: {position: 30, salience: 1, redLine: {max: 37}}",
            b: "x: {position: 100, salience: 1, redLine: {min: 60}}");

        var x = Run(compiled).Issues.Single(o => o.Issue == 0);

        Assert.False(x.Agreed);
        Assert.Equal(BlockerKind.NoZone, x.Blocker!.Kind);
    }

    [Fact]
    public void Two_principals_turning_an_item_down_in_opposite_directions_are_reported_as_opposed()
    {
        // Equal weights keep the draft at 50; A wants 100, B wants 0, and neither will settle for half.
        var compiled = TwoPartyYaml.Compile(
            a: "x: {position: 100, salience: 1}",
            b: "x: {position: 0, salience: 1}",
            aReservation: 0.6,
            bReservation: 0.6);

        var result = Run(compiled);

        var x = result.Issues.Single(o => o.Issue == 0);
        Assert.False(x.Agreed);
        Assert.Equal(BlockerKind.Opposed, x.Blocker!.Kind);
        Assert.Equal("opposed:x:a/b", x.Blocker.Key);
        Assert.Equal("on x a wants more than 50, b less than 50", x.Blocker.Explanation);
    }
}
