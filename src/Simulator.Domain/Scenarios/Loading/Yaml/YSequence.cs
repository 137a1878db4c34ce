namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>A sequence of nodes.</summary>
internal sealed class YSequence(SourceMark mark, IReadOnlyList<YNode> items) : YNode(mark)
{
    public IReadOnlyList<YNode> Items { get; } = items;

    public override int Size { get; } = 1 + items.Sum(i => i.Size);

    public override int Depth { get; } = 1 + (items.Count == 0 ? 0 : items.Max(i => i.Depth));

    public override string KindName => "a list";
}
