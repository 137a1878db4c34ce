namespace Simulator.Grains;

/// <summary>Names of the storage providers the grains use: constants, never literals at the use site.</summary>
public static class ProviderNames
{
    /// <summary>Party grains' parameters and stance.</summary>
    public const string PartyStore = "parties";

    /// <summary>Session grains' transcripts.</summary>
    public const string SessionStore = "sessions";
}
