namespace Simulator.Domain.Engine;

/// <summary>One item of a draft text: an issue and the value the text proposes for it.</summary>
public readonly record struct TextItem(int Issue, double Value);
