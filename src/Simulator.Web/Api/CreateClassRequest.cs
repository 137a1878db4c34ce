namespace Simulator.Web.Api;

/// <summary>`POST /api/classes`: a shipped scenario by id (or uploaded YAML), the seats people play, and optionally each round's seconds.</summary>
public sealed record CreateClassRequest(string? Scenario, string[]? HumanSeats, string? Yaml = null, int? RoundSeconds = null);
