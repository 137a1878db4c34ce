namespace Simulator.Domain.Scenarios;

/// <summary>
/// One dimension of the negotiation on a 0–100 scale. <see cref="StatusQuo"/> is what holds if
/// nothing is agreed on it; a separable issue can be agreed on its own, outside the package.
/// </summary>
public sealed record Issue(
    string Id,
    string Label,
    string? Description,
    IReadOnlyList<Anchor> Anchors,
    Parameter StatusQuo,
    bool Separable,
    IssueUnit? Unit);

/// <summary>A labelled point on an issue's 0–100 scale.</summary>
public sealed record Anchor(double Value, string Label);

/// <summary>
/// Maps the 0–100 scale onto a real unit linearly: scale 0 is <see cref="AtZero"/> units and
/// scale 100 is <see cref="AtHundred"/> units (prisoner_exchange: prisoners per side).
/// </summary>
public sealed record IssueUnit(string Name, double AtZero, double AtHundred)
{
    public double ToUnit(double scale) => AtZero + (AtHundred - AtZero) * scale / 100.0;

    public double FromUnit(double units) => (units - AtZero) / (AtHundred - AtZero) * 100.0;
}
