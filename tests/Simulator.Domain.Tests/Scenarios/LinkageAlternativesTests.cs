using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using static Simulator.Domain.Tests.Scenarios.ErrorAssertions;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>
/// Linkages with alternatives (requireAnyOf) and with several requirements (requireAllOf): loading,
/// errors, the party's judgement, the mediator's work-around and the analysis. The table is June
/// 2025's: Russia takes a ceasefire only with a withdrawal or a package of limits; Ukraine's red line
/// rules out the withdrawal and leaves room for limits.
/// </summary>
public sealed class LinkageAlternativesTests
{
    private const string AnyOf = """
        id: any-of
        title: Any-of
        issues:
          ceasefire: {label: Ceasefire, statusQuo: 0}
          territory: {label: Territory, statusQuo: 40}
          military_limits: {label: Limits, statusQuo: 0}
        parties:
          ukraine:
            name: Ukraine
            role: principal
            capability: 40
            stances:
              ceasefire: {position: 100, salience: 0.4}
              territory: {position: 0, salience: 0.3, redLine: {max: 40}}
              military_limits: {position: 0, salience: 0.3, redLine: {max: 70}}
          russia:
            name: Russia
            role: principal
            capability: 60
            stances:
              ceasefire: {position: 50, salience: 0.2}
              territory: {position: 100, salience: 0.4}
              military_limits: {position: 70, salience: 0.1}
            linkages:
              withdrawal_or_limits:
                when: {issue: ceasefire, atLeast: 15}
                requireAnyOf:
                  - {issue: territory, atLeast: 70}
                  - {issue: military_limits, atLeast: 60}
          turkey: {name: Turkey, role: mediator}
        protocol: {kind: mediated-single-text, mediator: turkey, timeBudgetMinutes: 90}
        """;

    private static readonly string AllOf = AnyOf.Replace("requireAnyOf:", "requireAllOf:", StringComparison.Ordinal);

    private static Scenario Load(string text) => ScenarioLoader.LoadText(text, "test.yaml");

    [Fact]
    public void RequireAnyOfLoadsEveryAlternativeWithItsSetPath()
    {
        var linkage = Load(AnyOf).Party("russia").Linkages.Single();

        Assert.Equal(LinkageMode.AnyOf, linkage.Mode);
        Assert.True(linkage.IsAnyOf);
        Assert.Equal(["territory", "military_limits"], linkage.Requirements.Select(r => r.IssueId));
        Assert.Equal("parties.russia.linkages.withdrawal_or_limits.requireAnyOf.1.atLeast", linkage.Requirements[1].AtLeast!.Path);
        var set = ScenarioLoader.LoadText(AnyOf, "test.yaml", ["parties.russia.linkages.withdrawal_or_limits.requireAnyOf.1.atLeast=65"]);
        Assert.Equal(65, set.Party("russia").Linkages.Single().Requirements[1].AtLeast!.Value);
    }

    [Fact]
    public void RequireAllOfAndRequireLoadAsAllOf()
    {
        Assert.Equal(LinkageMode.AllOf, Load(AllOf).Party("russia").Linkages.Single().Mode);
        Assert.Equal(2, Load(AllOf).Party("russia").Linkages.Single().Requirements.Count);
        var single = Load(MiniScenario.Text).Party("russia").Linkages.Single();
        Assert.Equal((LinkageMode.AllOf, 1, "territory"), (single.Mode, single.Requirements.Count, single.Require.IssueId));
    }

    [Fact]
    public void ALinkageWithTwoRequirementFormsIsAnErrorAtTheSecond()
    {
        var text = AnyOf.Replace("        requireAnyOf:", "        require: {issue: territory, atLeast: 70}\n        requireAnyOf:", StringComparison.Ordinal);

        var error = Single(text, "linkage 'withdrawal_or_limits' of party 'russia' gives both require and requireAnyOf");

        At(error, MiniScenario.LineOf(text, "requireAnyOf:"));
    }

    [Fact]
    public void ALinkageWithoutARequirementIsAnError()
    {
        var text = AnyOf.Replace("        requireAnyOf:\n          - {issue: territory, atLeast: 70}\n          - {issue: military_limits, atLeast: 60}\n", "", StringComparison.Ordinal);

        var error = Single(text, "linkage 'withdrawal_or_limits' of party 'russia' requires nothing");

        Assert.Contains("requireAnyOf", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownIssueInAnAlternativeIsAnErrorAtItsLine()
    {
        var text = AnyOf.Replace("{issue: military_limits, atLeast: 60}", "{issue: military_limit, atLeast: 60}", StringComparison.Ordinal);

        var error = Single(text, "unknown issue 'military_limit' in linkage 'withdrawal_or_limits' of party 'russia'");

        At(error, MiniScenario.LineOf(text, "military_limit, atLeast"));
        Assert.Contains("military_limits", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAlternativeWithoutABoundIsAnError()
    {
        var text = AnyOf.Replace("{issue: military_limits, atLeast: 60}", "{issue: military_limits}", StringComparison.Ordinal);

        Single(text, "the 'requireAnyOf.1' condition of linkage 'withdrawal_or_limits' has neither atLeast nor atMost");
    }

    [Fact]
    public void AnEmptyListOfAlternativesIsASchemaError()
    {
        var text = AnyOf.Replace("        requireAnyOf:\n          - {issue: territory, atLeast: 70}\n          - {issue: military_limits, atLeast: 60}\n", "        requireAnyOf: []\n", StringComparison.Ordinal);

        var errors = ErrorsOf(text);

        Assert.Contains(errors, e => e.Line == MiniScenario.LineOf(text, "requireAnyOf: []") && e.Message.Contains("requireAnyOf", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(40, 25, true)]
    [InlineData(40, 60, false)]
    [InlineData(70, 0, false)]
    public void RussiaObjectsToACeasefireOnlyWhenNeitherAlternativeHolds(double territory, double limits, bool objects)
    {
        var scenario = CompiledScenario.Compile(Load(AnyOf));
        var values = scenario.Parameters.CopyBaseValues();
        double[] baseOutcome = [0, 40, 0];

        var objections = PartyEvaluator.Evaluate(scenario, 1, values, baseOutcome, [new TextItem(0, 50), new TextItem(1, territory), new TextItem(2, limits)], aspiration: 0);

        Assert.Equal(objects, objections.Any(o => o.Kind == ObjectionKind.Linkage));
    }

    [Fact]
    public void AllOfNeedsEveryRequirement()
    {
        var scenario = CompiledScenario.Compile(Load(AllOf));
        var values = scenario.Parameters.CopyBaseValues();

        var objections = PartyEvaluator.Evaluate(scenario, 1, values, [0, 40, 0], [new TextItem(0, 50), new TextItem(2, 60)], aspiration: 0);

        var linkage = Assert.Single(objections, o => o.Kind == ObjectionKind.Linkage);
        Assert.Equal(1, linkage.BoundIssue);
    }

    [Fact]
    public void TheMediatorMeetsAnAnyOfLinkageThroughTheAlternativeItCanReach()
    {
        var result = ExperimentRunner.Run(CompiledScenario.Compile(Load(AnyOf)), 20, 5);

        var ceasefire = result.Issues.Single(i => i.Id == "ceasefire");
        var limits = result.Issues.Single(i => i.Id == "military_limits");
        Assert.Equal(1.0, ceasefire.AgreedProbability);
        Assert.True(ceasefire.AgreedValues!.Min >= 15, $"ceasefire agreed at {ceasefire.AgreedValues.Min}");
        Assert.Equal(1.0, limits.AgreedProbability);
        Assert.True(limits.AgreedValues!.Min >= 60, $"limits agreed at {limits.AgreedValues.Min}");
    }

    [Fact]
    public void WithBothRequirementsTheCeasefireStaysBelowTheTrigger()
    {
        var result = ExperimentRunner.Run(CompiledScenario.Compile(Load(AllOf)), 20, 5);

        var ceasefire = result.Issues.Single(i => i.Id == "ceasefire");
        Assert.True(ceasefire.AgreedValues is null || ceasefire.AgreedValues.Max < 15, $"ceasefire agreed at {ceasefire.AgreedValues?.Max}");
    }

    [Fact]
    public void AnalysisOpensTheCeasefireZoneThroughAnAlternative()
    {
        var anyOf = ScenarioAnalysis.Analyse(Load(AnyOf), new ScenarioAnalysisOptions());
        var allOf = ScenarioAnalysis.Analyse(Load(AllOf), new ScenarioAnalysisOptions());

        Assert.Equal(100, anyOf.Zones.Single(z => z.Issue == "ceasefire").JointHigh);
        Assert.DoesNotContain(anyOf.Diagnoses, d => d.Issue == "ceasefire");
        Assert.Equal(14.5, allOf.Zones.Single(z => z.Issue == "ceasefire").JointHigh);
        Assert.Contains(allOf.Diagnoses, d => d.Subject == "ceasefire >= 15" && d.Explanation.Contains("linkage withdrawal_or_limits", StringComparison.Ordinal));
    }

    [Fact]
    public void DiagnosisOfAnAnyOfLinkageRelaxesTheNearestAlternative()
    {
        // Ukraine's limits now stop at 50: neither alternative is reachable; the limits one is 10 points away.
        var text = AnyOf.Replace("redLine: {max: 70}", "redLine: {max: 50}", StringComparison.Ordinal);

        var report = ScenarioAnalysis.Analyse(Load(text), new ScenarioAnalysisOptions());

        var diagnosis = Assert.Single(report.Diagnoses, d => d.Subject == "ceasefire >= 15");
        Assert.Contains("territory >= 70 or military_limits >= 60", diagnosis.Explanation, StringComparison.Ordinal);
        var linkageMove = Assert.Single(diagnosis.Options.SelectMany(o => o), m => m.Key == "linkage:russia.withdrawal_or_limits.any");
        Assert.Equal(10, linkageMove.By, 6);
        Assert.Contains(diagnosis.Options.SelectMany(o => o), m => m.Key == "redline:ukraine.military_limits.max" && Math.Abs(m.By - 10) < 1e-6);
    }
}
