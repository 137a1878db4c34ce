namespace Simulator.Grains;

/// <summary>Names of the storage providers the grains use: constants, never literals at the use site.</summary>
public static class ProviderNames
{
    /// <summary>Party grains' parameters and stance.</summary>
    public const string PartyStore = "parties";

    /// <summary>Session grains' transcripts.</summary>
    public const string SessionStore = "sessions";

    /// <summary>Experiment grains' specs and finished outcomes (so a rerun command gets the stored result).</summary>
    public const string ExperimentStore = "experiments";
}
