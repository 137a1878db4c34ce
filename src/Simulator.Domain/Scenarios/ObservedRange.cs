namespace Simulator.Domain.Scenarios;

/// <summary>The interval the record allows for a value, on the 0–100 scale ("at least 1,000 and at most 1,200").</summary>
public sealed record ObservedRange(double Min, double Max);
