namespace Simulator.Cli.Play;

/// <summary>What a timed prompt got: a line, or no line because the deadline passed or the input ended.</summary>
internal sealed record PromptReply(string? Line, bool TimedOut)
{
    public static readonly PromptReply Expired = new(null, TimedOut: true);

    public static readonly PromptReply EndOfInput = new(null, TimedOut: false);

    /// <summary>The person typed q: leave `sim play` at once.</summary>
    public bool IsQuit => Line is { } line && line.Trim().Equals("q", StringComparison.OrdinalIgnoreCase);
}
