namespace Simulator.Contracts.Experiments;

/// <summary>How far an experiment has got: runs completed out of the total.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ExperimentProgress")]
public sealed record ExperimentProgress([property: Id(0)] int RunsDone, [property: Id(1)] int Runs)
{
    /// <summary>Answers for batches already counted (a straggler's late answer after its re-run), ignored.</summary>
    [Id(2)]
    public int DuplicatesIgnored { get; init; }
}
