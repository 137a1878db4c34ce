namespace Simulator.Contracts.Sessions;

/// <summary>News brought to the table (a statement, a threat): its description and the parameter changes it makes, applied at the start of the next round.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.InjectedEvent")]
public sealed record InjectedEvent([property: Id(0)] string Description, [property: Id(1)] ParameterChange[] Changes);
