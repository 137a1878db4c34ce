using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>One experiment of a sensitivity analysis: <see cref="Parameter"/> held at <see cref="Value"/>, every other uncertain parameter sampled as usual.</summary>
public sealed record SensitivityProbe(Parameter Parameter, ProbeKind Kind, int Bin, double Value)
{
    /// <summary>The pin that holds the parameter at the value in every run.</summary>
    public ParameterPin Pin => new(Parameter, Value);
}
