using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using static Simulator.Domain.Tests.Scenarios.ErrorAssertions;

namespace Simulator.Domain.Tests.Scenarios;

/// <summary>
/// A shared chair (`protocol.mediators`): loading, defaults, `--set` paths, the compiled chair with
/// its shares, and every error with its line and hint. The single-mediator form stays as it was.
/// </summary>
public sealed class CoMediatorTests
{
    internal const string Chair = """
        id: chair
        title: Shared chair
        issues:
          x: {label: X, statusQuo: 0}
        parties:
          a:
            name: A
            role: principal
            stances:
              x: {position: 100, salience: 1}
          b:
            name: B
            role: principal
            stances:
              x: {position: 0, salience: 1}
          turkey:
            name: Turkey
            role: mediator
            stances:
              x: {position: 0, salience: 0.3}
          un:
            name: United Nations
            role: mediator
            stances:
              x: {position: 100, salience: 0.3}
          usa: {name: USA, role: patron}
        protocol:
          kind: mediated-single-text
          mediators:
            turkey: {weight: 3}
            un:
              weight: 2
              source: {quote: "the UN co-chairs", where: "test"}
          timeBudgetMinutes: 90
        """;

    private static Scenario Load(string text, IReadOnlyList<string>? sets = null) => ScenarioLoader.LoadText(text, "test.yaml", sets);

    [Fact]
    public void MediatorsLoadInDocumentOrderWithTheirWeightsAndSetPaths()
    {
        var protocol = Load(Chair).Protocol;

        Assert.Null(protocol.MediatorId);
        Assert.True(protocol.IsSharedChair);
        Assert.Equal(["turkey", "un"], protocol.ChairIds);
        Assert.Equal([3.0, 2.0], protocol.CoMediators!.Select(c => c.Weight.Value));
        Assert.Equal("protocol.mediators.un.weight", protocol.CoMediators![1].Weight.Path);
        Assert.Equal("the UN co-chairs", protocol.CoMediators[1].Source!.Quote);
        var set = Load(Chair, ["protocol.mediators.un.weight=7"]);
        Assert.Equal(7, set.Protocol.CoMediators![1].Weight.Value);
    }

    [Fact]
    public void TheCompiledChairHoldsEachMediatorWithItsShareOfTheWeights()
    {
        var compiled = CompiledScenario.Compile(Load(Chair));
        var values = compiled.Parameters.CopyBaseValues();

        Assert.Equal([2, 3], compiled.Chair);
        Assert.True(compiled.HasSharedChair);
        Assert.Equal(2, compiled.Mediator);
        Assert.Equal(0.6, compiled.ChairShare(values, 0), 12);
        Assert.Equal(0.4, compiled.ChairShare(values, 1), 12);
    }

    [Fact]
    public void WeightsLeftOutShareTheChairEqually()
    {
        var text = Chair.Replace("turkey: {weight: 3}", "turkey: {}", StringComparison.Ordinal).Replace("      weight: 2\n", "", StringComparison.Ordinal);
        var compiled = CompiledScenario.Compile(Load(text));
        var values = compiled.Parameters.CopyBaseValues();

        Assert.Equal(1, Load(text).Protocol.CoMediators![0].Weight.Value);
        Assert.Equal(0.5, compiled.ChairShare(values, 0), 12);
        Assert.Equal(0.5, compiled.ChairShare(values, 1), 12);
    }

    [Fact]
    public void TheSingleMediatorFormIsUnchangedAndItsShareIsExactlyOne()
    {
        var scenario = Load(MiniScenario.Text);
        var compiled = CompiledScenario.Compile(scenario);

        Assert.Equal("turkey", scenario.Protocol.MediatorId);
        Assert.Null(scenario.Protocol.CoMediators);
        Assert.Equal(["turkey"], scenario.Protocol.ChairIds);
        Assert.False(scenario.Protocol.IsSharedChair);
        Assert.Equal([compiled.Mediator], compiled.Chair);
        Assert.Equal(1.0, compiled.ChairShare(compiled.Parameters.CopyBaseValues(), 0));
        Assert.DoesNotContain(scenario.AllParameters(), p => p.Path.StartsWith("protocol.mediators", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("turkey: {weight: 3}", "turkish: {weight: 3}", "unknown party 'turkish' in the protocol's mediators", "turkish:")]
    [InlineData("turkey: {weight: 3}", "usa: {weight: 3}", "the mediator 'usa' has role 'patron', not 'mediator'", "usa: {weight")]
    [InlineData("turkey: {weight: 3}", "turkey: {weight: -1}", "protocol.mediators.turkey.weight = -1: a co-mediator's weight cannot be negative", "weight: -1")]
    [InlineData("  mediators:\n", "  mediator: turkey\n  mediators:\n", "the protocol gives both mediator and mediators", "mediators:")]
    [InlineData("turkey: {weight: 3}", "turkey: {weight: {value: 1, uncertainty: {uniform: [-1, 2]}}}", "protocol.mediators.turkey.weight: the uncertainty reaches -1, below 0", "uncertainty")]
    public void BadChairsAreErrorsAtTheirLineWithAHint(string find, string replace, string message, string marker)
    {
        var text = Chair.Replace(find, replace, StringComparison.Ordinal);

        var error = Single(text, message);

        At(error, MiniScenario.LineOf(text, marker));
    }

    [Fact]
    public void AChairWhoseWeightsAreAllZeroIsAnError()
    {
        var text = Chair.Replace("turkey: {weight: 3}", "turkey: {weight: 0}", StringComparison.Ordinal).Replace("      weight: 2\n", "      weight: 0\n", StringComparison.Ordinal);

        var error = Single(text, "the weights of protocol.mediators sum to 0: nobody's view would shape the drafts");

        At(error, MiniScenario.LineOf(text, "mediators:"));
    }

    [Fact]
    public void AChairOfOneUnderMediatorsIsAnErrorPointingToTheSingleForm()
    {
        var text = Chair.Replace("    un:\n      weight: 2\n      source: {quote: \"the UN co-chairs\", where: \"test\"}\n", "", StringComparison.Ordinal);

        var error = Single(text, "protocol.mediators names 1 party; a shared chair needs at least two");

        At(error, MiniScenario.LineOf(text, "mediators:"));
        Assert.Contains("mediator: ID", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AMediatorNamedTwiceIsADuplicateKeyError()
    {
        var text = Chair.Replace("turkey: {weight: 3}", "turkey: {weight: 3}\n    turkey: {weight: 1}", StringComparison.Ordinal);

        var errors = ErrorsOf(text);

        Assert.Contains(errors, e => e.Line == MiniScenario.LineOf(text, "turkey: {weight: 1}") && e.Message.Contains("turkey", StringComparison.Ordinal));
    }

    [Fact]
    public void AChairWithoutAnyMediatorIsStillAnError()
    {
        var text = Chair.Replace("  mediators:\n    turkey: {weight: 3}\n    un:\n      weight: 2\n      source: {quote: \"the UN co-chairs\", where: \"test\"}\n", "", StringComparison.Ordinal);

        var error = Single(text, "a mediated-single-text protocol needs a mediator");

        Assert.Contains("mediators:", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltSeatKeyIsASchemaErrorWithASuggestion()
    {
        var text = Chair.Replace("turkey: {weight: 3}", "turkey: {wieght: 3}", StringComparison.Ordinal);

        var errors = ErrorsOf(text);

        Assert.Contains(errors, e => e.Line == MiniScenario.LineOf(text, "wieght") && e.Hint?.Contains("weight", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void AListOfMediatorsIsASchemaError()
    {
        var text = Chair.Replace("  mediators:\n    turkey: {weight: 3}\n    un:\n      weight: 2\n      source: {quote: \"the UN co-chairs\", where: \"test\"}\n", "  mediators: [turkey, un]\n", StringComparison.Ordinal);

        var errors = ErrorsOf(text);

        Assert.Contains(errors, e => e.Line == MiniScenario.LineOf(text, "mediators: [") && e.Message.Contains("mediators", StringComparison.Ordinal));
    }

    [Fact]
    public void ANegativeWeightFromSetIsRefusedLikeOneInTheFile()
    {
        var error = Single(Chair, "a co-mediator's weight cannot be negative", ["protocol.mediators.un.weight=-0.5"]);

        Assert.Equal("--set", error.File);
    }

    [Fact]
    public void ZeroingEveryWeightFromSetIsRefused()
    {
        Single(Chair, "the weights of protocol.mediators sum to 0", ["protocol.mediators.un.weight=0", "protocol.mediators.turkey.weight=0"]);
    }

    [Fact]
    public void AnOverlayCanShareItsBasesChairBySettingMediatorToNull()
    {
        var single = Chair.Replace("  mediators:\n    turkey: {weight: 3}\n    un:\n      weight: 2\n      source: {quote: \"the UN co-chairs\", where: \"test\"}\n", "  mediator: turkey\n", StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("comediator-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "base.yaml"), single);
            var overlay = Path.Combine(folder.FullName, "overlay.yaml");
            File.WriteAllText(overlay, "base: base.yaml\nprotocol:\n  mediator: null\n  mediators:\n    turkey: {weight: 1}\n    un: {weight: 1}\n");

            var loaded = ScenarioLoader.Load(overlay);

            Assert.Equal(["turkey", "un"], loaded.Protocol.ChairIds);
            Assert.Null(loaded.Protocol.MediatorId);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
