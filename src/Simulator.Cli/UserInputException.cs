namespace Simulator.Cli;

/// <summary>A bad flag or argument the user can fix; reported without a stack trace, exit code 2.</summary>
public sealed class UserInputException : Exception
{
    public UserInputException()
    {
    }

    public UserInputException(string message)
        : base(message)
    {
    }

    public UserInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
