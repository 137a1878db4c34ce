namespace Simulator.Contracts.Sessions;

/// <summary>
/// How a class is created: the scenario snapshot (resolved YAML), the seats people play (principals,
/// chair, patrons), the SHA-256 of the facilitator's token, each round's time, and when the class
/// and its join code expire. A class on a series also has the series snapshot: it plays the series'
/// rounds as meetings one after another (the scenario snapshot is then the first round's).
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.ClassSetup")]
public sealed record ClassSetup(
    [property: Id(0)] string ScenarioSnapshot,
    [property: Id(1)] string[] HumanSeats,
    [property: Id(2)] byte[] FacilitatorTokenHash,
    [property: Id(3)] int RoundSeconds,
    [property: Id(4)] DateTimeOffset Expires,
    [property: Id(5)] string? SeriesSnapshot = null);
