using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>A scale value is printed with what it means: between which anchors it lies, not the nearest anchor's label.</summary>
public sealed class ScaleTextTests
{
    private static readonly Issue FollowUp = new(
        "follow_up_talks", "Further talks", null,
        [new Anchor(0, "no further talks"), new Anchor(50, "agreed in principle to meet again"), new Anchor(100, "next round scheduled")],
        new Parameter("issues.follow_up_talks.statusQuo", 0, null, null, null), Separable: true, Unit: null);

    [Fact]
    public void A_value_between_two_anchors_names_both()
    {
        Assert.Equal("65 (between 'agreed in principle to meet again' and 'next round scheduled')", ScaleText.Of(FollowUp, 65));
    }

    [Fact]
    public void A_value_on_an_anchor_names_that_anchor_alone()
    {
        Assert.Equal("50 ('agreed in principle to meet again')", ScaleText.Of(FollowUp, 50.01));
    }

    [Fact]
    public void Anchors_given_out_of_order_are_placed_by_value()
    {
        var shuffled = FollowUp with { Anchors = [.. FollowUp.Anchors.Reverse()] };
        Assert.Equal("between 'no further talks' and 'agreed in principle to meet again'", ScaleText.Meaning(shuffled, 20));
    }

    [Fact]
    public void A_value_outside_the_anchors_says_which_side_it_lies_on()
    {
        var narrow = FollowUp with { Anchors = [new Anchor(20, "low"), new Anchor(80, "high")] };
        Assert.Equal("below 'low'", ScaleText.Meaning(narrow, 5));
        Assert.Equal("above 'high'", ScaleText.Meaning(narrow, 90));
    }

    [Fact]
    public void A_value_with_a_unit_is_given_in_that_unit_and_a_labelled_value_leads_with_the_issues_label()
    {
        var swap = FollowUp with { Label = "Prisoner exchange", Unit = new IssueUnit("prisoners per side", 0, 2000) };
        Assert.Equal("Prisoner exchange 55 = 1,100 prisoners per side", ScaleText.Labelled(swap, 55));
        Assert.Equal("Further talks 70 (between 'agreed in principle to meet again' and 'next round scheduled')", ScaleText.Labelled(FollowUp, 70));
    }
}
