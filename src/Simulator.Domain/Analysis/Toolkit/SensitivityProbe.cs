using Simulator.Domain.Scenarios;
using Simulator.Domain.Scenarios.Overrides;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>One experiment of a sensitivity analysis: <see cref="Parameter"/> held at <see cref="Value"/>, every other uncertain parameter sampled as usual.</summary>
public sealed record SensitivityProbe(Parameter Parameter, ProbeKind Kind, int Bin, double Value)
{
    /// <summary>The override that holds the parameter at the value in every run (the path `--set` takes).</summary>
    public ParameterOverride Override => new(Parameter.Path, Value, ParameterOverride.ProbeSource);
}
