namespace Simulator.Domain.Scenarios.Loading;

/// <summary>
/// One thing wrong with a scenario, at a place in a file, with a hint a student can act on.
/// Printed as `file:line:column: message` (compiler style, so editors can jump to it).
/// </summary>
public sealed record ScenarioError(string File, int Line, int Column, string Message, string? Hint = null)
{
    public override string ToString() =>
        Hint is null ? $"{File}:{Line}:{Column}: {Message}" : $"{File}:{Line}:{Column}: {Message}{Environment.NewLine}    hint: {Hint}";
}
