namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// A sweep, sensitivity or comparison request the user can fix (a parameter path that does not
/// exist, an empty or reversed range, zero steps). The message says what is wrong and what to write.
/// </summary>
public sealed class AnalysisInputException : Exception
{
    public AnalysisInputException()
    {
    }

    public AnalysisInputException(string message)
        : base(message)
    {
    }

    public AnalysisInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
