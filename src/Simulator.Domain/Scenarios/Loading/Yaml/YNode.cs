namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>
/// A node of our own YAML tree. We keep our own model (rather than YamlDotNet's) so every node
/// remembers the file and position it came from, even after overlays are merged onto a base.
/// </summary>
internal abstract class YNode(SourceMark mark)
{
    public SourceMark Mark { get; } = mark;

    /// <summary>How many nodes this subtree holds (aliases counted once per use).</summary>
    public abstract int Size { get; }

    /// <summary>The nesting depth of this subtree (a scalar is 1).</summary>
    public abstract int Depth { get; }

    public abstract string KindName { get; }
}
