using Simulator.Domain.Analysis;

namespace Simulator.Domain.Tests.Analysis;

public sealed class JointZoneAnalysisTests
{
    [Fact]
    public void The_prisoner_exchange_has_a_joint_zone_reaching_full_exchange()
    {
        var zones = JointZoneAnalysis.Analyse(new AgreementSpace(AnalysisScenarios.Istanbul()));

        var swap = zones.Single(z => z.IssueId == "prisoner_exchange");
        Assert.True(swap.Exists);
        Assert.Equal(10, swap.Low);
        Assert.Equal(100, swap.High);
    }

    [Fact]
    public void The_ceasefire_has_no_joint_zone_and_relaxing_either_binding_line_opens_one()
    {
        var zone = JointZoneAnalysis.Analyse(new AgreementSpace(AnalysisScenarios.Istanbul())).Single(z => z.IssueId == "ceasefire");

        Assert.False(zone.Exists);
        var diagnosis = zone.Diagnosis!;
        Assert.Equal(1, diagnosis.SmallestSetSize);
        var moves = diagnosis.Options.Select(o => (o.Moves[0].Constraint.Key, o.Moves[0].By)).OrderBy(m => m.Key).ToList();
        // Ukraine's maximum of 40 must reach 70; Russia's linkage must fall from 70 to territory's
        // status quo of 20, since territory itself cannot be agreed (Russia needs at least 50 there).
        Assert.Equal(
            [("linkage:russia.ceasefire_needs_withdrawal.min", 50.0), ("redline:ukraine.territory.max", 30.0)],
            moves);
    }

    [Fact]
    public void The_ceasefire_diagnosis_says_why_in_plain_words()
    {
        var zone = JointZoneAnalysis.Analyse(new AgreementSpace(AnalysisScenarios.Istanbul())).Single(z => z.IssueId == "ceasefire");

        var text = zone.Diagnosis!.Explain();

        Assert.Contains("ceasefire has no zone of agreement because", text);
        Assert.Contains("russia requires territory >= 70 with ceasefire >= 10", text);
        Assert.Contains("ukraine's red line is territory <= 40", text);
        Assert.Contains("relaxing either opens one", text);
        Assert.Contains("ukraine's red line on territory by 30 points", text);
        Assert.Contains("russia's linkage ceasefire_needs_withdrawal by 50 points", text);
    }

    [Fact]
    public void Without_the_linkage_the_ceasefire_has_a_zone()
    {
        var zone = JointZoneAnalysis.Analyse(new AgreementSpace(AnalysisScenarios.Istanbul(linkage: false))).Single(z => z.IssueId == "ceasefire");

        Assert.True(zone.Exists);
        Assert.Equal(100, zone.High);
    }

    [Fact]
    public void When_the_red_lines_already_overlap_the_linked_ceasefire_is_agreeable_with_a_withdrawal()
    {
        var zone = JointZoneAnalysis.Analyse(new AgreementSpace(AnalysisScenarios.Istanbul(ukraineTerritoryMax: 75))).Single(z => z.IssueId == "ceasefire");

        Assert.True(zone.Exists);
        var territory = zone.Example![2];
        Assert.InRange(territory, 70, 75);
    }

    [Fact]
    public void A_mid_level_delegation_without_a_mandate_blocks_the_summit_until_the_mandate_moves_10_points()
    {
        var zone = JointZoneAnalysis.Analyse(new AgreementSpace(AnalysisScenarios.Istanbul())).Single(z => z.IssueId == "leaders_summit");

        Assert.False(zone.Exists);
        var move = Assert.Single(zone.Diagnosis!.Options).Moves.Single();
        Assert.Equal(ConsentConstraintKind.Mandate, move.Constraint.Kind);
        Assert.Equal(10, move.By, 1e-9);
    }

    [Fact]
    public void Territory_has_no_zone_between_a_maximum_of_40_and_a_minimum_of_50_and_either_must_move_10_points()
    {
        var zone = JointZoneAnalysis.Analyse(new AgreementSpace(AnalysisScenarios.Istanbul())).Single(z => z.IssueId == "territory");

        Assert.False(zone.Exists);
        var moves = zone.Diagnosis!.Options.Select(o => (o.Moves[0].Constraint.Key, o.Moves[0].By)).OrderBy(m => m.Key).ToList();
        // Ukraine's maximum must reach Russia's 50, or Russia's minimum fall to Ukraine's 40 (still a
        // meaningful 20 points from the status quo of 20).
        Assert.Equal([("redline:russia.territory.min", 10.0), ("redline:ukraine.territory.max", 10.0)], moves);
    }

    [Fact]
    public void A_partial_ceasefire_below_the_linkage_trigger_is_agreeable_but_the_triggered_range_is_diagnosed()
    {
        var zone = JointZoneAnalysis.Analyse(new AgreementSpace(AnalysisScenarios.Istanbul(ceasefireTrigger: 30))).Single(z => z.IssueId == "ceasefire");

        Assert.True(zone.Exists);
        Assert.Equal(10, zone.Low);
        Assert.Equal(29.5, zone.High);
        var trigger = Assert.Single(zone.TriggerDiagnoses);
        Assert.Equal("ceasefire >= 30", trigger.Subject);
        Assert.StartsWith("ceasefire >= 30 has no zone of agreement because", trigger.Explain());
        Assert.Contains(trigger.Options, o => o.Moves.Single().Constraint.Key == "redline:ukraine.territory.max" && Math.Abs(o.Moves[0].By - 30) < 1e-9);
    }
}
