namespace Simulator.Domain.Scenarios.Loading;

/// <summary>A loaded scenario together with its merged, self-contained YAML (no `base:`, --set applied).</summary>
public sealed record ResolvedScenario(Scenario Scenario, string Yaml);
