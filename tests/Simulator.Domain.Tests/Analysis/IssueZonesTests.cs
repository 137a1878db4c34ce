using Simulator.Domain.Analysis;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Tests.Scenarios;

namespace Simulator.Domain.Tests.Analysis;

public sealed class IssueZonesTests
{
    [Fact]
    public void ZoneIsTheWholeScaleWhenNoPrincipalLimitsTheIssue()
    {
        var scenario = ScenarioLoader.LoadText(MiniScenario.With("        ceasefire: {max: 30}", "        territory: {min: 0}"), "t.yaml");

        var zone = IssueZones.For(scenario, "ceasefire");

        Assert.True(zone.IsOpen);
        Assert.Equal((0.0, 100.0), (zone.Low, zone.High));
        Assert.Null(zone.LowerBound);
        Assert.Null(zone.UpperBound);
    }

    [Fact]
    public void MandateCapsTheZone()
    {
        var scenario = ScenarioLoader.LoadText(MiniScenario.Text, "t.yaml");

        var zone = IssueZones.For(scenario, "ceasefire");

        Assert.True(zone.IsOpen);
        Assert.Equal(30, zone.High);
        Assert.Equal(new ZoneBound("russia", ZoneBoundKind.Mandate, false, 30, "parties.russia.delegation.mandate.ceasefire.max"), zone.UpperBound);
    }

    [Fact]
    public void ConflictingRedLinesCloseTheZoneAndNameBothAndTheGap()
    {
        var scenario = ScenarioLoader.LoadText(MiniScenario.Text, "t.yaml");

        var zone = IssueZones.For(scenario, "territory");

        Assert.False(zone.IsOpen);
        Assert.Equal(30, zone.Gap, 9);
        Assert.Equal("russia", zone.LowerBound!.PartyId);
        Assert.Equal("parties.russia.stances.territory.redLine.min", zone.LowerBound.ParameterPath);
        Assert.Equal("ukraine", zone.UpperBound!.PartyId);
        Assert.Equal(ZoneBoundKind.RedLine, zone.UpperBound.Kind);
        Assert.False(zone.Contains(40));
    }

    [Fact]
    public void PatronsAndMediatorsDoNotLimitTheZone()
    {
        var text = MiniScenario.With("    role: mediator", "    role: mediator\n    stances:\n      territory: {position: 50, salience: 0.5, redLine: {min: 45, max: 55}}");
        var scenario = ScenarioLoader.LoadText(text, "t.yaml");

        var zone = IssueZones.For(scenario, "territory");

        Assert.DoesNotContain(zone.Bounds, b => b.PartyId == "turkey");
        Assert.Equal(2, zone.Bounds.Count);
    }

    [Fact]
    public void ComputeReturnsOneZonePerIssueInOrder()
    {
        var scenario = ScenarioLoader.LoadText(MiniScenario.Text, "t.yaml");

        Assert.Equal(["ceasefire", "territory"], IssueZones.Compute(scenario).Select(z => z.IssueId));
    }

    [Fact]
    public void InTheSeedTheTerritoryZoneIsOnlyTheFreezeAndNeutralityIsClosed()
    {
        var seed = ScenarioLoader.Load(RepositoryFiles.PathOf("seeds/istanbul-2025-05-16.yaml"));

        var territory = IssueZones.For(seed, "territory");
        var neutrality = IssueZones.For(seed, "neutrality");
        var summit = IssueZones.For(seed, "leaders_summit");

        Assert.Equal((40.0, 40.0), (territory.Low, territory.High));
        Assert.False(neutrality.IsOpen);
        Assert.Equal(20, neutrality.Gap, 9);
        Assert.Equal(25, summit.High);
        Assert.Equal(ZoneBoundKind.Mandate, summit.UpperBound!.Kind);
    }
}
