using Simulator.Domain.Analysis;
using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using static Simulator.Domain.Tests.Scenarios.ErrorAssertions;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>
/// Signatories (an issue agreed by a subset of the principals) and absent principals (consent from
/// their stated limits, without concession): loading, errors, the party's judgement, runs and analysis.
/// </summary>
public sealed class SignatoriesTests
{
    private const string Mirror = """
        id: mirror
        title: Mirror text
        issues:
          corridor:
            label: Corridor
            statusQuo: 0
            signatories: [ukraine, insurers, chair]
          swap: {label: Swap, statusQuo: 0}
        parties:
          ukraine:
            name: Ukraine
            role: principal
            stances:
              corridor: {position: 100, salience: 0.6}
              swap: {position: 60, salience: 0.4}
          russia:
            name: Russia
            role: principal
            stances:
              corridor: {position: 0, salience: 0.5, redLine: {max: 10}}
              swap: {position: 60, salience: 0.5}
          insurers:
            name: Insurers
            role: principal
            present: false
            stances:
              corridor: {position: 50, salience: 1, redLine: {max: 70}}
          chair: {name: Chair, role: mediator}
          usa: {name: USA, role: patron}
        protocol: {kind: mediated-single-text, mediator: chair, timeBudgetMinutes: 90}
        """;

    private static readonly string EveryoneSigns = Mirror.Replace("    signatories: [ukraine, insurers, chair]\n", "", StringComparison.Ordinal);

    private static Scenario Load(string text) => ScenarioLoader.LoadText(text, "test.yaml");

    [Fact]
    public void SignatoriesAndPresenceAreRead()
    {
        var scenario = Load(Mirror);

        Assert.Equal(["ukraine", "insurers", "chair"], scenario.Issue("corridor").Signatories!);
        Assert.Null(scenario.Issue("swap").Signatories);
        Assert.False(scenario.Party("insurers").Present);
        Assert.True(scenario.Party("russia").Present);
        var compiled = CompiledScenario.Compile(scenario);
        Assert.Equal([false, true], compiled.Parties[1].Signs);
        Assert.True(compiled.Parties[2].Absent);
    }

    [Theory]
    [InlineData("[ukraine, insurers, chiar]", "unknown party 'chiar' in the signatories of issue 'corridor'", "chiar")]
    [InlineData("[ukraine, usa]", "signatory 'usa' of issue 'corridor' is a patron, outside the room", "usa]")]
    [InlineData("[ukraine, ukraine]", "signatory 'ukraine' of issue 'corridor' is named twice", "ukraine, ukraine")]
    [InlineData("[chair]", "issue 'corridor' has no principal among its signatories", "signatories:")]
    public void BadSignatoriesAreErrorsAtTheirLine(string list, string message, string marker)
    {
        var text = Mirror.Replace("[ukraine, insurers, chair]", list, StringComparison.Ordinal);

        var error = Single(text, message);

        At(error, MiniScenario.LineOf(text, marker));
    }

    [Fact]
    public void AnEmptySignatoryListIsASchemaError()
    {
        var text = Mirror.Replace("[ukraine, insurers, chair]", "[]", StringComparison.Ordinal);

        Assert.Contains(ErrorsOf(text), e => e.Line == MiniScenario.LineOf(text, "signatories: []"));
    }

    [Fact]
    public void OnlyAPrincipalMayBeAbsent()
    {
        var text = Mirror.Replace("chair: {name: Chair, role: mediator}", "chair: {name: Chair, role: mediator, present: false}", StringComparison.Ordinal);

        var error = Single(text, "party 'chair' is a mediator: present: false applies to principals only");

        At(error, MiniScenario.LineOf(text, "present: false}"));
    }

    [Fact]
    public void ATableWithEveryPrincipalAbsentIsAnError()
    {
        var text = Mirror.Replace("    role: principal\n", "    role: principal\n    present: false\n", StringComparison.Ordinal)
            .Replace("    present: false\n    present: false\n", "    present: false\n", StringComparison.Ordinal);

        Single(text, "every principal is absent (present: false): nobody sits at the table");
    }

    [Fact]
    public void ANonSignatoryIgnoresAnItemItDoesNotSign()
    {
        var scenario = CompiledScenario.Compile(Load(Mirror));
        var values = scenario.Parameters.CopyBaseValues();

        var russia = PartyEvaluator.Evaluate(scenario, 1, values, [0, 0], [new TextItem(0, 70)], aspiration: 1);

        Assert.Empty(russia);
    }

    [Fact]
    public void AnAbsentPartyAcceptsWithinItsLimitsWithoutConcessionAndRejectsBeyondThem()
    {
        var scenario = CompiledScenario.Compile(Load(Mirror));
        var values = scenario.Parameters.CopyBaseValues();

        Assert.Empty(PartyEvaluator.Evaluate(scenario, 2, values, [0, 0], [new TextItem(0, 70)], aspiration: 1));
        var beyond = PartyEvaluator.Evaluate(scenario, 2, values, [0, 0], [new TextItem(0, 75)], aspiration: 1);
        Assert.Equal(ObjectionKind.RedLine, Assert.Single(beyond).Kind);
    }

    [Fact]
    public void TheCorridorIsAgreedByItsSignatoriesAndNotWhenEveryoneMustSign()
    {
        var mirror = ExperimentRunner.Run(CompiledScenario.Compile(Load(Mirror)), 20, 9).Issues.Single(i => i.Id == "corridor");
        var everyone = ExperimentRunner.Run(CompiledScenario.Compile(Load(EveryoneSigns)), 20, 9).Issues.Single(i => i.Id == "corridor");

        Assert.Equal(1.0, mirror.AgreedProbability);
        Assert.InRange(mirror.AgreedValues!.Min, 60, 70);
        Assert.InRange(mirror.AgreedValues.Max, 60, 70);
        Assert.True(everyone.AgreedValues is null || everyone.AgreedValues.Max <= 10, $"corridor agreed at {everyone.AgreedValues?.Max} past Russia's red line");
    }

    [Fact]
    public void ZonesAreBoundedBySignatoriesOnly()
    {
        var zone = IssueZones.For(Load(Mirror), "corridor");
        var joint = ScenarioAnalysis.Analyse(Load(Mirror), new ScenarioAnalysisOptions()).Zones.Single(z => z.Issue == "corridor");

        Assert.Equal(("insurers", 70.0), (zone.UpperBound!.PartyId, zone.High));
        Assert.Equal(70, joint.JointHigh);
        Assert.Equal(10, IssueZones.For(Load(EveryoneSigns), "corridor").High);
    }
}
