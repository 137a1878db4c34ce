namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>What a YAML scalar resolves to.</summary>
internal enum ScalarKind
{
    Null,
    Boolean,
    Number,
    String,
}
