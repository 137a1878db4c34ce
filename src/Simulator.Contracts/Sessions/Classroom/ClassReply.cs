namespace Simulator.Contracts.Sessions;

/// <summary>The answer to a class command: done (with the class's version after it), or refused with a message the person can act on.</summary>
[GenerateSerializer, Immutable, Alias("Simulator.ClassReply")]
public sealed record ClassReply([property: Id(0)] bool Ok, [property: Id(1)] string? Error, [property: Id(2)] int Version)
{
    public static ClassReply Refused(string error, int version) => new(false, error, version);
}
