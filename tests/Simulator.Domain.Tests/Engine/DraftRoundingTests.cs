using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Domain.Tests.Engine;

/// <summary>Every value the mediator drafts is one a communiqué would print: a multiple of 5, rounded after the learned limits are applied.</summary>
public sealed class DraftRoundingTests
{
    private static NegotiationResult Run(CompiledScenario compiled) =>
        MediatedSingleTextProtocol.Instance.Run(compiled, compiled.Parameters.CopyBaseValues(), recordTranscript: true);

    private static IEnumerable<TextItem> Drafted(NegotiationResult result) => result.Transcript!.SelectMany(r => r.Text);

    private static bool IsPrintable(double value) => Math.Abs(value - (Math.Round(value / MediatorDrafter.PrintStep) * MediatorDrafter.PrintStep)) < 1e-9;

    [Fact]
    public void A_learned_red_line_that_is_not_a_round_number_is_drafted_at_the_printable_value_inside_it()
    {
        // B's weight pulls the compromise to 97; A's red line stops at 77.3. Clamping last would table 77.3.
        var compiled = TwoPartyYaml.Compile(
            a: "x: {position: 70, salience: 1, redLine: {max: 77.3}}",
            b: "x: {position: 100, salience: 1}",
            aCapability: 10,
            bCapability: 90);

        var result = Run(compiled);

        Assert.All(Drafted(result), item => Assert.True(IsPrintable(item.Value), $"drafted {item.Value}"));
        Assert.Contains(Drafted(result), item => item.Value == 75);
        var x = result.Issues.Single(o => o.Issue == 0);
        Assert.True(x.Agreed);
        Assert.Equal(75, x.Value);
    }

    [Fact]
    public void A_linkage_requirement_that_is_not_a_round_number_is_met_at_the_next_printable_value()
    {
        // B accepts x >= 10 only with y >= 72.4; A wants y high, so the chair meets the requirement.
        var compiled = TwoPartyYaml.Compile(
            a: """
               x: {position: 50, salience: 0.5}
               y: {position: 90, salience: 0.5}
               """,
            b: """
               x: {position: 50, salience: 0.8}
               y: {position: 0, salience: 0.2}
               """,
            bLinkages: "x_needs_y: {when: {issue: x, atLeast: 10}, require: {issue: y, atLeast: 72.4}}",
            aCapability: 20,
            bCapability: 80);

        var result = Run(compiled);

        Assert.All(Drafted(result), item => Assert.True(IsPrintable(item.Value), $"drafted {item.Value}"));
        Assert.Contains(Drafted(result), item => item.Issue == 1 && item.Value == 75);
    }

    [Fact]
    public void An_item_held_short_of_a_trigger_that_is_not_a_round_number_is_held_at_the_printable_value_below_it()
    {
        // B accepts x >= 17 only with y >= 90, which A's red line forbids: x is held short of 17.
        var compiled = TwoPartyYaml.Compile(
            a: """
               x: {position: 50, salience: 0.5}
               y: {position: 0, salience: 0.5, redLine: {max: 40}}
               """,
            b: """
               x: {position: 50, salience: 0.5}
               y: {position: 100, salience: 0.5}
               """,
            bLinkages: "x_needs_y: {when: {issue: x, atLeast: 17}, require: {issue: y, atLeast: 90}}");

        var result = Run(compiled);

        Assert.All(Drafted(result), item => Assert.True(IsPrintable(item.Value), $"drafted {item.Value}"));
        Assert.Contains(Drafted(result), item => item.Issue == 0 && item.Value == 15);
    }

    [Fact]
    public void Every_value_drafted_in_the_baseline_runs_is_a_multiple_of_five()
    {
        var compiled = CompiledScenario.Compile(ScenarioLoader.Load(RepositoryFiles.PathOf("scenarios/istanbul-2025-05-16.yaml")));
        for (var run = 0; run < 150; run++)
        {
            var result = ExperimentRunner.Explain(compiled, 20250516, run);
            foreach (var item in Drafted(result))
            {
                Assert.True(IsPrintable(item.Value), $"run {run}: {compiled.Scenario.Issues[item.Issue].Id} drafted at {item.Value}");
            }
        }
    }

    [Theory]
    [InlineData(100, 0, 77.3, 75)]
    [InlineData(20, 25.4, 100, 30)]
    [InlineData(52.4, 0, 100, 50)]
    [InlineData(12.5, 10, 14.5, 10)]
    public void A_value_is_printed_at_the_nearest_multiple_of_five_inside_the_limits(double x, double lo, double hi, double expected)
    {
        Assert.True(MediatorDrafter.TryPrintable(x, lo, hi, out var value));
        Assert.Equal(expected, value, 9);
    }

    [Fact]
    public void Limits_closer_than_a_text_can_print_leave_the_item_untabled_as_no_zone()
    {
        Assert.False(MediatorDrafter.TryPrintable(37, 36.2, 39, out _));

        // A will not go below 56.2, B not above 58.9: no multiple of 5 between them.
        var compiled = TwoPartyYaml.Compile(
            a: "x: {position: 100, salience: 1, redLine: {min: 56.2}}",
            b: "x: {position: 0, salience: 1, redLine: {max: 58.9}}");

        var result = Run(compiled);

        Assert.All(Drafted(result), item => Assert.True(IsPrintable(item.Value), $"drafted {item.Value}"));
        var x = result.Issues.Single(o => o.Issue == 0);
        Assert.False(x.Agreed);
        Assert.Equal(BlockerKind.NoZone, x.Blocker!.Kind);
        Assert.Equal("nozone:x:a/b", x.Blocker.Key);
    }
}
