namespace Simulator.Domain.Engine;

/// <summary>A principal's answer to a text: accepted, or rejected with its objections, and the share of the possible gain it insisted on.</summary>
public sealed record PartyResponse(int Party, IReadOnlyList<Objection> Objections, double Aspiration)
{
    public bool Accepted => Objections.Count == 0;
}
