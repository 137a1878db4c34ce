namespace Simulator.Contracts.Ids;

/// <summary>Names one Monte Carlo experiment; the key of its <see cref="Experiments.IExperimentGrain"/>.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ExperimentId")]
public readonly record struct ExperimentId([property: Id(0)] string Value)
{
    public static ExperimentId New() => new(Guid.NewGuid().ToString("N"));

    public override string ToString() => Value;
}
