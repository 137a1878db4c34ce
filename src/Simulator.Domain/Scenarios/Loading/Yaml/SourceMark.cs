namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>Where a node came from: the file (base or overlay) and its 1-based line and column.</summary>
internal readonly record struct SourceMark(string File, int Line, int Column)
{
    public ScenarioError Error(string message, string? hint = null) => new(File, Line, Column, message, hint);
}
