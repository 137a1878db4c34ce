using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>Hold <see cref="Parameter"/> at <see cref="Value"/> in every run of an experiment.</summary>
public sealed record ParameterPin(Parameter Parameter, double Value);
