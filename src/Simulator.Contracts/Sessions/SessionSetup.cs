namespace Simulator.Contracts.Sessions;

/// <summary>
/// How a live session starts: the scenario snapshot (resolved YAML; the session plays its base
/// values), the parties whose seats people take, and how long the table waits for a person before
/// the software agent answers in that seat.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.SessionSetup")]
public sealed record SessionSetup(
    [property: Id(0)] string ScenarioSnapshot,
    [property: Id(1)] string[] HumanParties,
    [property: Id(2)] TimeSpan HumanDeadline);
