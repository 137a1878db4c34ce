namespace Simulator.Contracts.Ids;

/// <summary>
/// One party in one session; its grain key is <c>{sessionId}/{partyId}</c>, so the same party in two
/// sessions is two grains with their own parameters.
/// </summary>
[GenerateSerializer, Immutable, Alias("Simulator.PartySeat")]
public readonly record struct PartySeat([property: Id(0)] SessionId Session, [property: Id(1)] string PartyId)
{
    public string Key => $"{Session.Value}/{PartyId}";

    public static PartySeat Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.LastIndexOf('/');
        return slash <= 0 || slash == key.Length - 1
            ? throw new FormatException($"'{key}' is not a party seat key of the form sessionId/partyId")
            : new PartySeat(new SessionId(key[..slash]), key[(slash + 1)..]);
    }

    public override string ToString() => Key;
}
