namespace Simulator.Contracts.Sessions;

/// <summary>
/// How a live session starts: the scenario snapshot (resolved YAML), the parties whose seats people
/// take, and how long the table waits for a person before the software agent answers in that seat.
/// Without <see cref="Seed"/> the session plays the scenario's base values; with one it plays the
/// values run 0 of that seed draws (the run `sim explain --seed S` shows).
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.SessionSetup")]
public sealed record SessionSetup(
    [property: Id(0)] string ScenarioSnapshot,
    [property: Id(1)] string[] HumanParties,
    [property: Id(2)] TimeSpan HumanDeadline,
    [property: Id(3)] ulong? Seed = null);
