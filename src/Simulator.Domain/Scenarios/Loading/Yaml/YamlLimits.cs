namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>
/// Bounds that keep hostile YAML from hanging or crashing the loader. A real scenario is a few
/// hundred lines, a nesting depth under 10 and a few thousand nodes, so these leave ample room.
/// </summary>
internal static class YamlLimits
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxDepth = 64;
    public const int MaxNodes = 100_000;
}
