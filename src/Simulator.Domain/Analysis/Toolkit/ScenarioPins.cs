using System.Globalization;
using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// Holds parameters at fixed values in a resolved scenario snapshot by replacing each one's
/// uncertainty with a normal of standard deviation 0 at the value (drawn without sampling). The
/// written value is left alone, so checks on written values (saliences summing to at most 1) still
/// see the scenario as written, while every run uses the pinned value; the range widens to include
/// the value if it lies outside. The result is an ordinary snapshot that every backend runs.
/// The resolved document is parsed once; each pinned variant is bound and checked for semantics
/// (the schema check is skipped: a pin only writes a well-formed normal uncertainty), which keeps
/// the hundreds of variants of a sensitivity analysis cheap to build.
/// </summary>
public sealed class ScenarioPins
{
    private readonly YNode _root;
    private readonly string _displayName;

    public ScenarioPins(string resolvedYaml, string displayName)
    {
        ArgumentNullException.ThrowIfNull(resolvedYaml);
        _displayName = displayName;
        _root = YamlTreeReader.Read(resolvedYaml, displayName);
    }

    /// <summary>The snapshot with <paramref name="pins"/> applied, and its scenario.</summary>
    public (string Yaml, Scenario Scenario) Apply(IReadOnlyList<ParameterPin> pins)
    {
        ArgumentNullException.ThrowIfNull(pins);
        var root = _root;
        foreach (var pin in pins)
        {
            root = Replace(root, pin.Parameter.Path.Split('.'), 0, pin);
        }

        var scenario = ScenarioBinder.Bind((YMapping)root, _displayName);
        var errors = ScenarioSemantics.Check(scenario, new PathIndex(root));
        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        return (YamlEmitter.Emit(root, "Resolved scenario with pinned parameters."), scenario);
    }

    private static YNode Replace(YNode node, string[] segments, int index, ParameterPin pin)
    {
        if (index == segments.Length)
        {
            return Pinned(node, pin);
        }

        return node switch
        {
            YMapping map when map.Find(segments[index]) is { } entry =>
                new YMapping(map.Mark, [.. map.Entries.Select(e => ReferenceEquals(e, entry) ? e with { Value = Replace(e.Value, segments, index + 1, pin) } : e)]),
            YSequence seq when int.TryParse(segments[index], NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < seq.Items.Count =>
                new YSequence(seq.Mark, [.. seq.Items.Select((item, i) => i == k ? Replace(item, segments, index + 1, pin) : item)]),
            _ => throw new AnalysisInputException($"{pin.Parameter.Path}: not found in the resolved scenario"),
        };
    }

    private static YMapping Pinned(YNode node, ParameterPin pin)
    {
        var mark = node.Mark;
        var (min, max) = pin.Parameter.Uncertainty?.Support ?? (pin.Parameter.Value, pin.Parameter.Value);
        var low = Math.Min(Math.Min(min, pin.Value), pin.Parameter.Value);
        var high = Math.Max(Math.Max(max, pin.Value), pin.Parameter.Value);
        var normal = new YMapping(mark,
        [
            Entry(mark, "mean", Scalar(mark, pin.Value)),
            Entry(mark, "sd", Scalar(mark, 0)),
            Entry(mark, "min", Scalar(mark, low)),
            Entry(mark, "max", Scalar(mark, high)),
        ]);
        var uncertainty = Entry(mark, "uncertainty", new YMapping(mark, [Entry(mark, "normal", normal)]));
        return node switch
        {
            YMapping map => new YMapping(map.Mark, [.. map.Entries.Where(e => e.Key != "uncertainty"), uncertainty]),
            // A plain number becomes { value, uncertainty }.
            YScalar scalar => new YMapping(mark, [Entry(mark, "value", scalar), uncertainty]),
            _ => throw new AnalysisInputException($"{pin.Parameter.Path}: is not a number in the scenario"),
        };
    }

    private static YEntry Entry(SourceMark mark, string key, YNode value) => new(key, mark, value);

    private static YScalar Scalar(SourceMark mark, double value) => new(mark, value.ToString("R", CultureInfo.InvariantCulture), quoted: false);
}
