namespace Simulator.Contracts.Sessions;

/// <summary>
/// Everything a class is: its scenario, the seats people started in, every recorded input in order
/// (replaying them rebuilds the class), who joined which seat, and the clock. On a series: the series,
/// which meeting is being played (0-based) of how many, and the values it started from (the items
/// agreed before carried over); <see cref="ScenarioSnapshot"/> and <see cref="Inputs"/> are that meeting's.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.ClassRecord")]
public sealed record ClassRecord(
    [property: Id(0)] string Code,
    [property: Id(1)] string ScenarioSnapshot,
    [property: Id(2)] string[] HumanSeats,
    [property: Id(3)] string[] Inputs,
    [property: Id(4)] ClassSeatHolder[] Holders,
    [property: Id(5)] ClassClock Clock,
    [property: Id(6)] DateTimeOffset Expires,
    [property: Id(7)] DateTimeOffset Now,
    [property: Id(8)] string? SeriesSnapshot = null,
    [property: Id(9)] int Meeting = 0,
    [property: Id(10)] double[]? StartValues = null,
    [property: Id(11)] int Meetings = 1);
