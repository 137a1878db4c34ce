using static Simulator.Domain.Tests.Scenarios.ErrorAssertions;
using static Simulator.Domain.Tests.Scenarios.MiniScenario;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>One test per kind of mistake: each asserts the message and where it points.</summary>
public sealed class ScenarioErrorTests
{
    [Fact]
    public void YamlSyntaxErrorPointsAtTheBrokenLine()
    {
        var text = With("      ceasefire: {position: 100, salience: 0.5}", "      ceasefire: {position: 100, salience: 0.5");

        var error = Single(text, "YAML syntax error");

        Assert.InRange(error.Line, LineOf(text, "{position: 100, salience: 0.5"), LineOf(text, "{position: 100, salience: 0.5") + 2);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void DuplicateKeyIsAnErrorAtTheSecondKey()
    {
        var text = With("  turkey:\n", "  russia:\n    name: Again\n    role: principal\n  turkey:\n");

        var error = Single(text, "duplicate key 'russia'");

        At(error, LineOf(text, "name: Again") - 1, 3);
        Assert.Contains($"line {LineOf(text, "  russia:")}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeySuggestsTheClosestKnownKey()
    {
        var text = With("    name: Russia", "    name: Russia\n    capabilty: 40");

        var error = Single(text, "unknown key 'capabilty' in parties.russia");

        At(error, LineOf(text, "capabilty"), 5);
        Assert.Contains("did you mean 'capability'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongTypeSaysWhatWasExpected()
    {
        var text = With("timeBudgetMinutes: 90", "timeBudgetMinutes: ninety");

        var error = Single(text, "protocol.timeBudgetMinutes: expected a number or a mapping, found a string");

        At(error, LineOf(text, "ninety"), ColumnOf(text, "ninety"));
    }

    [Fact]
    public void ValueOutsideAnEnumIsReported()
    {
        var text = With("role: mediator", "role: chair");

        var error = Single(text, "parties.turkey.role: not one of the allowed values");

        At(error, LineOf(text, "role: chair"), ColumnOf(text, "chair"));
    }

    [Fact]
    public void MissingRequiredKeyIsReportedOnItsMapping()
    {
        var text = With("    label: Territory\n", "");

        var error = Single(text, "missing required key(s) 'label'");

        Assert.Contains("issues.territory", error.Message, StringComparison.Ordinal);
        At(error, LineOf(text, "  territory:"), 3);
    }

    [Fact]
    public void InvalidIdIsReported()
    {
        var text = With("  usa:", "  USA:");

        var error = Single(text, "not a valid id");

        Assert.Equal(LineOf(text, "  USA:"), error.Line);
    }

    [Fact]
    public void UnknownPartyInAnInfluenceSuggestsTheRightId()
    {
        var text = With("      russia: {kind: pressure", "      rusia: {kind: pressure");

        var error = Single(text, "unknown party 'rusia'");

        At(error, LineOf(text, "rusia:"), ColumnOf(text, "rusia"));
        Assert.Contains("did you mean 'russia'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownIssueInAStanceIsReported()
    {
        var text = With("      ceasefire: {position: 10, salience: 0.4}", "      cease_fire: {position: 10, salience: 0.4}");

        var error = Single(text, "unknown issue 'cease_fire' in the stances of party 'russia'");

        At(error, LineOf(text, "cease_fire:"), ColumnOf(text, "cease_fire"));
    }

    [Fact]
    public void UnknownIssueInALinkageIsReported()
    {
        var text = With("require: {issue: territory", "require: {issue: teritory");

        var error = Single(text, "unknown issue 'teritory' in linkage 'ceasefire_needs_withdrawal'");

        At(error, LineOf(text, "teritory"), ColumnOf(text, "teritory"));
    }

    [Fact]
    public void UnknownIssueInAMandateIsReported()
    {
        var text = With("        ceasefire: {max: 30}", "        summit: {max: 30}");

        var error = Single(text, "unknown issue 'summit' in the mandate of party 'russia'");

        At(error, LineOf(text, "summit:"), ColumnOf(text, "summit"));
    }

    [Fact]
    public void UnknownMediatorIsReported()
    {
        var text = With("mediator: turkey", "mediator: turkye");

        var error = Single(text, "unknown party 'turkye' in the protocol's mediator");

        At(error, LineOf(text, "turkye"), ColumnOf(text, "turkye"));
    }

    [Fact]
    public void UnknownIssueOnTheAgendaIsReported()
    {
        var text = With("  timeBudgetMinutes: 90", "  timeBudgetMinutes: 90\n  agenda: [ceasefire, borders]");

        var error = Single(text, "unknown issue 'borders' in the agenda");

        At(error, LineOf(text, "agenda:"), ColumnOf(text, "borders"));
    }

    [Fact]
    public void TimelineChangeToAnUnknownPathIsReported()
    {
        var text = With("{path: parties.russia.reservationUtility", "{path: parties.russia.reservationUtilty");

        var error = Single(text, "changes 'parties.russia.reservationUtilty'");

        At(error, LineOf(text, "reservationUtilty"), ColumnOf(text, "parties.russia.reservationUtilty"));
        Assert.Contains("did you mean 'parties.russia.reservationUtility'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ObservedOutcomeOnAnUnknownIssueIsReported()
    {
        var text = With("  ceasefire: {agreed: false}", "  truce: {agreed: false}");

        var error = Single(text, "unknown issue 'truce' in the observed outcome");

        At(error, LineOf(text, "truce:"), 3);
    }

    [Fact]
    public void SaliencesSummingOverOneAreReportedOnThePartysStances()
    {
        var text = With("{position: 10, salience: 0.4}", "{position: 10, salience: 0.45}");

        var error = Single(text, "the saliences of party 'russia' sum to 1.05");

        At(error, LineOf(text, "salience: 0.45") - 1, 5);
    }

    [Fact]
    public void SaliencesSummingToExactlyOneAreFine()
    {
        var scenario = Simulator.Domain.Scenarios.Loading.ScenarioLoader.LoadText(With("{position: 10, salience: 0.4}", "{position: 10, salience: 0.1}").Replace("salience: 0.6", "salience: 0.9", StringComparison.Ordinal), "t.yaml");

        Assert.Equal(1.0, scenario.Party("russia").Stances.Sum(s => s.Salience.Value), 9);
    }

    [Fact]
    public void ValueOutsideTheScaleIsReported()
    {
        var text = With("statusQuo: 40", "statusQuo: 140");

        var error = Single(text, "issues.territory.statusQuo = 140 is outside the 0-100 scale");

        At(error, LineOf(text, "140"), ColumnOf(text, "140"));
    }

    [Fact]
    public void PositionOutsideItsOwnRedLineIsReported()
    {
        var text = With("redLine: {max: 40}", "redLine: {min: 20, max: 40}");

        var error = Single(text, "the position 0 of party 'ukraine' on 'territory' is outside its own red line [20, 40]");

        At(error, LineOf(text, "position: 0"), ColumnOf(text, "position: 0") + "position: ".Length);
    }

    [Fact]
    public void RedLineWithMinAboveMaxIsReported()
    {
        var text = With("redLine: {min: 70}", "redLine: {min: 70, max: 60}");

        var error = Single(text, "has min 70 above max 60");

        At(error, LineOf(text, "max: 60"), ColumnOf(text, "70"));
    }

    [Fact]
    public void MediatorMustHaveTheMediatorRole()
    {
        var text = With("mediator: turkey", "mediator: usa");

        var error = Single(text, "the mediator 'usa' has role 'patron', not 'mediator'");

        At(error, LineOf(text, "mediator: usa"), ColumnOf(text, "mediator: usa") + "mediator: ".Length);
    }

    [Fact]
    public void AtLeastTwoPrincipalsAreNeeded()
    {
        var text = With("    name: Russia\n    role: principal", "    name: Russia\n    role: patron");

        var error = Single(text, "at least two principals; this scenario has 1");

        At(error, LineOf(text, "parties:"), 1);
    }

    [Fact]
    public void TimelineEventAfterTheTimeBudgetIsReported()
    {
        var text = With("  - at: 10", "  - at: 120");

        var error = Single(text, "event at minute 120 is outside the talks [0, 90]");

        At(error, LineOf(text, "at: 120"), ColumnOf(text, "120"));
    }

    [Fact]
    public void UncertaintyThatExcludesTheValueIsReported()
    {
        var text = With("uncertainty: {uniform: [0.3, 0.6]}", "uncertainty: {uniform: [0.5, 0.6]}");

        var error = Single(text, "the value 0.4 is outside its uncertainty range [0.5, 0.6]");

        At(error, LineOf(text, "uniform: [0.5"), ColumnOf(text, "{uniform"));
    }

    [Fact]
    public void UncertaintyWithMinAboveMaxIsReported()
    {
        var text = With("uncertainty: {uniform: [0.3, 0.6]}", "uncertainty: {uniform: [0.6, 0.3]}");

        var error = Single(text, "the uncertainty's min 0.6 is above its max 0.3");

        At(error, LineOf(text, "uniform: [0.6"));
    }

    [Fact]
    public void ConfidenceOutsideZeroToOneIsReported()
    {
        var text = With("confidence: 0.5", "confidence: 1.5");

        var error = Single(text, "confidence 1.5 is outside [0, 1]");

        At(error, LineOf(text, "confidence: 1.5"), ColumnOf(text, "1.5"));
    }

    [Fact]
    public void RunsBelowOneAreReported()
    {
        var text = With("runs: 100", "runs: 0");

        var error = Single(text, "monteCarlo.runs is 0; it must be at least 1");

        At(error, LineOf(text, "runs: 0"), ColumnOf(text, "0, seed"));
    }

    [Fact]
    public void AllErrorsAreReportedTogether()
    {
        var text = With("mediator: turkey", "mediator: turkye").Replace("runs: 100", "runs: 0", StringComparison.Ordinal).Replace("statusQuo: 40", "statusQuo: -1", StringComparison.Ordinal);

        var errors = ErrorsOf(text);

        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void SetOnAnUnknownPartyNamesThePathAndTheKnownParties()
    {
        var error = Single(Text, "unknown path: there is no 'rusia' in 'parties'", ["parties.rusia.capability=50"]);

        Assert.Equal("--set", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("parties.rusia.capability", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'russia'", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void SetWithoutAnEqualsSignIsReported()
    {
        var error = Single(Text, "is not PATH=VALUE", ["protocol.kind", "monteCarlo.runs=3"]);

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void SetOnAMappingIsReported()
    {
        var error = Single(Text, "'parties.russia' is a mapping, not a single value", ["parties.russia=1"]);

        Assert.Contains("parties.russia.name", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void SetValueIsValidatedLikeAnyOther()
    {
        var error = Single(Text, "parties.usa.influences.russia.strength = 3 is outside [0, 1]", ["parties.usa.influences.russia.strength=3"]);

        Assert.Equal("--set", error.File);
    }

    [Fact]
    public void NonMappingDocumentIsRefused()
    {
        var error = Single("- just\n- a list\n", "a scenario is a mapping of keys");

        At(error, 1, 1);
    }

    [Fact]
    public void EmptyDocumentIsRefused()
    {
        var error = Single("", "the file is empty");

        Assert.Equal(1, error.Line);
    }
}
