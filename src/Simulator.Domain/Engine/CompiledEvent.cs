namespace Simulator.Domain.Engine;

/// <summary>A timeline event with its parameter changes resolved to indices.</summary>
public sealed record CompiledEvent(double AtMinute, string Description, (int Index, double Value)[] Changes);
