namespace Simulator.Domain.MonteCarlo;

/// <summary>
/// How a result was made, so that it can be checked and rerun (`sim run --rerun result.json`): the
/// scenario file as the user gave it, the SHA-256 of the resolved scenario (overlays merged, --set
/// applied), the overlay chain from that file down to its root scenario, every --set, runs, seed,
/// protocol, the `sim` version (informational version, with the commit) and when it was made (UTC).
/// </summary>
public sealed record ResultProvenance(
    string Command,
    string ScenarioPath,
    string ScenarioSha256,
    IReadOnlyList<string> Overlays,
    IReadOnlyList<string> Sets,
    int? Runs,
    ulong? Seed,
    string Protocol,
    string SimVersion,
    string CreatedAt);
