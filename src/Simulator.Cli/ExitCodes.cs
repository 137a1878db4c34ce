namespace Simulator.Cli;

/// <summary>The exit codes every `sim` command uses.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT), as shells report it.</summary>
    public const int Interrupted = 130;
}
