using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>One experiment of a sensitivity analysis: <see cref="Parameter"/> held at <see cref="Value"/>, every other uncertain parameter sampled as usual.</summary>
public sealed record SensitivityProbe(Parameter Parameter, ProbeKind Kind, int Bin, double Value)
{
    /// <summary>The `--set` overrides that hold the parameter at the value in every run.</summary>
    public IReadOnlyList<string> Sets => ParameterPins.SetsFor(Parameter, Value);
}
