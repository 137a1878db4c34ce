namespace Simulator.Domain.Classroom;

/// <summary>An input a class cannot take (wrong seat, closed round, a value off the scale), with a message a student can act on.</summary>
public sealed class ClassInputException : Exception
{
    public ClassInputException(string message)
        : base(message)
    {
    }

    public ClassInputException()
    {
    }

    public ClassInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
