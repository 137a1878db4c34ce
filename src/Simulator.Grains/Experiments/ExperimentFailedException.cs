namespace Simulator.Grains.Experiments;

/// <summary>An experiment that cannot complete (a batch out of attempts, no silo, cancelled): the reason, and no partial counts.</summary>
public sealed class ExperimentFailedException : Exception
{
    public ExperimentFailedException()
    {
    }

    public ExperimentFailedException(string message)
        : base(message)
    {
    }

    public ExperimentFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
