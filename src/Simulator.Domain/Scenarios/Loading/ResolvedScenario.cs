using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// A loaded scenario (every --set applied) with its merged, self-contained YAML (no `base:`, --set
/// applied), and the form an experiment travels in: <see cref="Snapshot"/>, the YAML without the
/// parameter overrides, plus <see cref="Overrides"/>, the --set changes of numeric parameters.
/// </summary>
public sealed record ResolvedScenario(Scenario Scenario, string Yaml)
{
    public string Snapshot { get; init; } = Yaml;

    public IReadOnlyList<ParameterOverride> Overrides { get; init; } = [];
}
