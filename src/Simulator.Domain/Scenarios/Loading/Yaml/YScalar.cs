namespace Simulator.Domain.Scenarios.Loading.Yaml;

/// <summary>
/// A scalar. <see cref="Quoted"/> scalars are always strings; plain ones are resolved with the
/// YAML 1.2 core schema (null, booleans, numbers, otherwise a string).
/// </summary>
internal sealed class YScalar(SourceMark mark, string text, bool quoted) : YNode(mark)
{
    public string Text { get; } = text;

    public bool Quoted { get; } = quoted;

    public override int Size => 1;

    public override int Depth => 1;

    public override string KindName => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Boolean => "a boolean",
        ScalarKind.Number => "a number",
        _ => "a string",
    };

    public ScalarKind Kind => Quoted ? ScalarKind.String : ScalarTyping.Classify(Text);

    public bool IsNull => Kind == ScalarKind.Null;
}
