using Simulator.Domain.Analysis;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Scenarios;

public sealed class ShippedScenarioTests
{
    private static readonly string[] RequiredIssues =
    [
        "ceasefire", "prisoner_exchange", "leaders_summit", "follow_up_talks", "territory",
        "neutrality", "military_limits", "sanctions", "security_guarantees",
    ];

    private static Scenario Seed => ScenarioLoader.Load(RepositoryFiles.PathOf("seeds/istanbul-2025-05-16.yaml"));

    private static Scenario Overlay(string name) => ScenarioLoader.Load(RepositoryFiles.PathOf($"scenarios/{name}.yaml"));

    [Theory]
    [MemberData(nameof(ScenarioRoundTripTests.ShippedFiles), MemberType = typeof(ScenarioRoundTripTests))]
    public void EveryShippedScenarioValidatesAndDeclaresTheSchema(string relative)
    {
        var path = RepositoryFiles.PathOf(relative);

        var scenario = ScenarioLoader.Load(path);

        Assert.NotEmpty(scenario.Issues);
        Assert.StartsWith("# yaml-language-server: $schema=", File.ReadLines(path).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThereAreAtLeastFiveWhatIfOverlaysEachExplainingWhatItTests()
    {
        var overlays = Directory.GetFiles(RepositoryFiles.PathOf("scenarios"), "what-if-*.yaml");

        Assert.True(overlays.Length >= 5, $"only {overlays.Length} what-if overlays");
        foreach (var overlay in overlays)
        {
            var text = File.ReadAllText(overlay);
            Assert.Contains("Tests ", text, StringComparison.Ordinal);
            Assert.Contains("base: istanbul-2025-05-16.yaml", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheSeedHasTheFivePartiesAndTheNineIssues()
    {
        var seed = Seed;

        Assert.Equal(["ukraine", "russia", "turkey", "usa", "europe"], seed.Parties.Select(p => p.Id));
        Assert.Equal([PartyRole.Principal, PartyRole.Principal, PartyRole.Mediator, PartyRole.Patron, PartyRole.Patron], seed.Parties.Select(p => p.Role));
        Assert.Equal(RequiredIssues, seed.Issues.Select(i => i.Id));
        Assert.Equal(RequiredIssues, seed.Protocol.Agenda);
        Assert.Equal("turkey", seed.Protocol.MediatorId);
        Assert.All(seed.Issues, i => Assert.True(i.Anchors.Count >= 3, $"{i.Id} has too few anchors"));
    }

    [Fact]
    public void EveryPositionSalienceAndRedLineInTheSeedHasASourceAConfidenceAndAnUncertainty()
    {
        foreach (var party in Seed.Parties)
        {
            foreach (var stance in party.Stances)
            {
                foreach (var parameter in new[] { stance.Position, stance.Salience })
                {
                    Assert.True(parameter.Source is { } s && (s.Quote is not null || s.Note is not null), $"{parameter.Path} has no quote or note");
                    Assert.NotNull(parameter.Confidence);
                    Assert.NotNull(parameter.Uncertainty);
                }

                if (stance.RedLine is { } redLine)
                {
                    Assert.NotNull(redLine.Source);
                    foreach (var bound in new[] { redLine.Min, redLine.Max }.OfType<Parameter>())
                    {
                        Assert.NotNull(bound.Confidence);
                        Assert.NotNull(bound.Uncertainty);
                    }
                }
            }

            foreach (var parameter in new[] { party.Capability, party.ReservationUtility, party.ConcessionBeta, party.RiskAttitude })
            {
                Assert.True(parameter.Source is not null && parameter.Uncertainty is not null, $"{parameter.Path} lacks provenance");
            }
        }
    }

    [Fact]
    public void TheSeedCarriesTheStoryOfTheArticle()
    {
        var seed = Seed;
        var russia = seed.Party("russia");
        var ukraine = seed.Party("ukraine");

        var linkage = russia.Linkages.Single(l => l.Id == "ceasefire_needs_withdrawal");
        Assert.Equal("ceasefire", linkage.When.IssueId);
        Assert.Equal("territory", linkage.Require.IssueId);
        Assert.False(ukraine.StanceOn("territory")!.RedLine!.Allows(linkage.Require.AtLeast!.Value), "Ukraine's territory red line must reject the withdrawal Russia demands");
        Assert.Equal(DelegationLevel.Mid, russia.Delegation.Level);
        Assert.Equal(DelegationLevel.Minister, ukraine.Delegation.Level);
        Assert.False(russia.Delegation.Mandate.Single(m => m.IssueId == "leaders_summit").Allows(60), "a mid-level team cannot agree a summit in principle");
        Assert.Equal(1000, seed.Issue("prisoner_exchange").Unit!.ToUnit(50));
        Assert.Equal(90, seed.Protocol.TimeBudgetMinutes.Value);
        Assert.Equal(Packaging.SeparableItems, seed.Protocol.Packaging);
        Assert.Contains(seed.Party("usa").Influences, i => i.TargetId == "russia" && i.Kind == InfluenceKind.Pressure);
        Assert.Contains(seed.Party("europe").Influences, i => i.TargetId == "ukraine" && i.Kind == InfluenceKind.Alignment);
        Assert.NotEmpty(seed.Timeline);
        Assert.Equal(1000, seed.MonteCarlo.Runs);
    }

    [Fact]
    public void TheSeedRecordsTheObservedOutcome()
    {
        var observed = Seed.Observed;

        Assert.True(observed["prisoner_exchange"].Agreed);
        Assert.Equal(50, observed["prisoner_exchange"].Value);
        Assert.False(observed["ceasefire"].Agreed);
        Assert.False(observed["leaders_summit"].Agreed);
        Assert.True(observed["follow_up_talks"].Agreed);
        Assert.Equal(50, observed["follow_up_talks"].Value);
        Assert.All(observed.Values, o => Assert.NotNull(o.Source));
    }

    [Fact]
    public void EachOverlayChangesWhatItSaysItTests()
    {
        var putin = Overlay("what-if-putin-attends").Party("russia").Delegation;
        Assert.Equal(DelegationLevel.Leader, putin.Level);
        Assert.Empty(putin.Mandate);

        Assert.Equal(Packaging.AllOrNothing, Overlay("what-if-all-or-nothing").Protocol.Packaging);
        Assert.Empty(Overlay("what-if-no-territorial-ultimatum").Party("russia").Linkages);

        var softened = Overlay("what-if-ukraine-softens-neutrality");
        Assert.True(IssueZones.For(softened, "neutrality").IsOpen);
        Assert.False(IssueZones.For(Seed, "neutrality").IsOpen);

        var sanctions = Overlay("what-if-us-energy-sanctions");
        Assert.True(sanctions.Party("russia").ReservationUtility.Value < Seed.Party("russia").ReservationUtility.Value);
        Assert.True(sanctions.Party("usa").Influences.Single(i => i.TargetId == "russia").Strength.Value > 0.4);
        Assert.Contains(sanctions.Timeline, e => e.AtMinute > 0 && e.Changes.Any(c => c.Path == "parties.russia.concessionBeta"));
    }

    [Fact]
    public void TheBaselineKeepsTheSeedsDataUnderItsOwnTitle()
    {
        var baseline = Overlay("istanbul-2025-05-16");

        Assert.NotEqual(Seed.Title, baseline.Title);
        Assert.Empty(DeepEquality.Differences(Seed.Parties, baseline.Parties));
    }
}
