using System.Text.Json.Nodes;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using static Simulator.Domain.Tests.Scenarios.ErrorAssertions;
using static Simulator.Domain.Tests.Scenarios.MiniScenario;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>Graded observed outcomes: the seven grades, what each counts as, value, range, round and minute, and their errors.</summary>
public sealed class ObservedGradeTests
{
    private const string Record = "  ceasefire: {agreed: false}";

    [Theory]
    [InlineData("agreed", true)]
    [InlineData("agreed-in-principle", true)]
    [InlineData("partial", true)]
    [InlineData("noted", false)]
    [InlineData("deferred", false)]
    [InlineData("rejected", false)]
    [InlineData("unilateral-offer", false)]
    public void EachGradeLoadsAndCountsAsDocumented(string grade, bool countsAsAgreed)
    {
        var scenario = ScenarioLoader.LoadText(With(Record, $"  ceasefire: {{grade: {grade}}}"), "test.yaml");

        var observed = scenario.Observed["ceasefire"];
        Assert.Equal(grade, observed.Grade!.Value.Name());
        Assert.Equal(countsAsAgreed, observed.Agreed);
    }

    [Fact]
    public void ValueRangeRoundAndMinuteAreRead()
    {
        var text = With(Record, "  ceasefire: {grade: partial, value: 30, range: [20, 40], round: 3, minute: 45}");

        var observed = ScenarioLoader.LoadText(text, "test.yaml").Observed["ceasefire"];

        Assert.Equal(new ObservedIssueOutcome(true, 30, null, ObservedGrade.Partial, new ObservedRange(20, 40), 3, 45), observed);
    }

    [Fact]
    public void AnUngradedRecordStillLoadsWithItsAgreedFlag()
    {
        var observed = ScenarioLoader.LoadText(With(Record, "  ceasefire: {agreed: true, value: 20}"), "test.yaml").Observed["ceasefire"];

        Assert.True(observed.Agreed);
        Assert.Null(observed.Grade);
    }

    [Fact]
    public void AgreedBesideAGradeMustSayWhatTheGradeCountsAs()
    {
        Assert.False(ScenarioLoader.LoadText(With(Record, "  ceasefire: {agreed: false, grade: noted}"), "test.yaml").Observed["ceasefire"].Agreed);
        var text = With(Record, "  ceasefire: {agreed: true, grade: noted}");

        var error = Single(text, "says agreed: true but grade noted, which counts as not agreed");

        At(error, LineOf(text, "grade: noted"));
    }

    [Fact]
    public void ARecordWithNeitherAgreedNorGradeIsAnError()
    {
        var text = With(Record, "  ceasefire: {value: 20}");

        var error = Single(text, "the observed outcome on 'ceasefire' says neither agreed nor grade");

        At(error, LineOf(text, "  ceasefire: {value: 20}"), 3);
        Assert.Contains("agreed-in-principle", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownGradeIsASchemaErrorListingTheGrades()
    {
        var text = With(Record, "  ceasefire: {grade: signed}");

        var errors = ErrorsOf(text);

        var error = Assert.Single(errors, e => e.Message.Contains("grade", StringComparison.Ordinal));
        Assert.Equal(LineOf(text, "grade: signed"), error.Line);
        Assert.Contains("unilateral-offer", error.Message + error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("value: 20|range: [40, 30]", "its min is above its max", "range:")]
    [InlineData("value: 20|range: [-5, 30]", "leaves the 0-100 scale", "range:")]
    [InlineData("value: 50|range: [20, 40]", "the observed value 50 on 'ceasefire' is outside its range [20, 40]", "value: 50")]
    [InlineData("round: 101", "the observed round 101 on 'ceasefire' is outside the talks' rounds [1, 100]", "round: 101")]
    [InlineData("minute: 95", "the observed minute 95 on 'ceasefire' is outside the talks [0, 90]", "minute: 95")]
    public void RangeRoundAndMinuteOutsideTheirLimitsAreErrorsAtTheirLine(string keys, string message, string marker)
    {
        // One key a line ('|' separates them), so that each error's line is its own key's.
        var text = With(Record, "  ceasefire:\n    grade: agreed\n    " + keys.Replace("|", "\n    ", StringComparison.Ordinal));

        var error = Single(text, message);

        At(error, LineOf(text, marker));
    }

    [Fact]
    public void TheSchemaListsTheSameGradesAsTheCode()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("scenarios/scenario.schema.json")))!;
        var names = schema["$defs"]!["observedOutcome"]!["properties"]!["grade"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(ObservedGrades.Names, names);
    }

    [Fact]
    public void TheExperimentResultCarriesTheGradeAndTheRangeInTheIssuesUnit()
    {
        var text = With("    label: Territory\n", "    label: Territory\n    unit: {name: km, atZero: 0, atHundred: 1000}\n")
            .Replace(Record, "  ceasefire: {grade: deferred, minute: 60}\n  territory: {grade: unilateral-offer, value: 45, range: [40, 50], round: 2}", StringComparison.Ordinal);
        var scenario = CompiledScenario.Compile(ScenarioLoader.LoadText(text, "test.yaml"));

        var result = ExperimentRunner.Run(scenario, 5, 1);

        var territory = result.Issues.Single(i => i.Id == "territory").Observed!;
        Assert.Equal(new ObservedResult(false, 450, "unilateral-offer", 400, 500, 2, null), territory);
        Assert.Equal(new ObservedResult(false, null, "deferred", null, null, null, 60), result.Issues.Single(i => i.Id == "ceasefire").Observed);
        var json = ExperimentJson.Serialize(result);
        Assert.Contains("\"grade\": \"unilateral-offer\"", json, StringComparison.Ordinal);
        Assert.Contains("\"rangeLow\": 400", json, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUngradedRecordAddsNoKeysToTheResultJson()
    {
        var result = ExperimentRunner.Run(CompiledScenario.Compile(ScenarioLoader.LoadText(Text, "test.yaml")), 3, 1);

        var json = ExperimentJson.Serialize(result);

        Assert.Contains("\"observed\": {\n        \"agreed\": false,\n        \"value\": null\n      }", json.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
