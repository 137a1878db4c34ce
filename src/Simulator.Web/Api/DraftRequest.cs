namespace Simulator.Web.Api;

/// <summary>`POST .../seats/{seat}/draft` (the chair): the round, issue id → value, and the separable items put on their own.</summary>
public sealed record DraftRequest(int Round, Dictionary<string, double>? Items, string[]? Separate);
