namespace Simulator.Domain.Analysis;

/// <summary>
/// One limit a principal puts on an issue: a lower bound (<see cref="IsLower"/>: the outcome must be
/// at least <see cref="Value"/>) or an upper bound, from a red line or a delegation mandate.
/// <see cref="ParameterPath"/> is the `--set` path of the bound, so a diagnosis can relax it.
/// </summary>
public sealed record ZoneBound(string PartyId, ZoneBoundKind Kind, bool IsLower, double Value, string ParameterPath);
