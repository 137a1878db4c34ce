using System.Globalization;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;
using Simulator.Domain.Scenarios.Loading.Yaml;

namespace Simulator.Domain.Scenarios.Overrides;

/// <summary>
/// The one override path. `--set` on a numeric parameter, a sweep's grid value and a sensitivity
/// probe are all a list of (path, value) changes applied to a loaded scenario's parameters: each
/// named parameter takes the value and loses its uncertainty (every run uses exactly that value), and
/// the result is checked with the same rules a scenario file is (ranges, red lines that contain the
/// position, <see cref="SalienceBudget"/>), with every error pointing at the override that caused it.
/// So all three accept and refuse the same things, and a silo applies the same list to the snapshot
/// it compiled once, without rewriting YAML.
/// </summary>
public static class ParameterOverrides
{
    public static CompiledScenario Apply(CompiledScenario compiled, IReadOnlyList<ParameterOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(overrides);
        return overrides.Count == 0 ? compiled : CompiledScenario.Compile(Apply(compiled.Scenario, overrides));
    }

    public static Scenario Apply(Scenario scenario, IReadOnlyList<ParameterOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return scenario;
        }

        var known = scenario.AllParameters().Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var errors = new List<ScenarioError>();
        var byPath = new Dictionary<string, (ParameterOverride Override, SourceMark Mark)>(StringComparer.Ordinal);
        foreach (var change in overrides)
        {
            var mark = new SourceMark(change.Source, change.Position, 1);
            if (!known.Contains(change.Path))
            {
                var hint = DidYouMean.Closest(change.Path, known) is { } close
                    ? $"did you mean '{close}'?"
                    : "run 'sim show FILE' to see the parameters, or use a path from the scenario file (the same path --set takes)";
                errors.Add(mark.Error($"{change.Source} {change.Path}: no numeric parameter has this path", hint));
            }
            else if (!double.IsFinite(change.Value))
            {
                errors.Add(mark.Error($"{change.Source} {change.Path}: {change.Value.ToString(CultureInfo.InvariantCulture)} is not a finite number", "give a plain number, e.g. 0.5"));
            }
            else
            {
                byPath[change.Path] = (change, mark);
            }
        }

        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        var overridden = ScenarioParameterMap.Rewrite(scenario, p =>
            byPath.TryGetValue(p.Path, out var o) ? p with { Value = o.Override.Value, Uncertainty = null } : p);
        var index = PathIndex.ForOverrides(byPath.ToDictionary(e => e.Key, e => e.Value.Mark, StringComparer.Ordinal), byPath.Values.First().Mark);
        errors.AddRange(ScenarioSemantics.Check(overridden, index, checkSalienceSums: false));
        errors.AddRange(SalienceBudget.Check(overridden, byPath));
        return errors.Count > 0 ? throw new ScenarioException(errors) : overridden;
    }
}
