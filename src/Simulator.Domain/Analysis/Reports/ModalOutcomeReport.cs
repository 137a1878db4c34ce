namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// The simulation's most frequent outcome over <see cref="Runs"/> Monte Carlo runs (agreed issues and
/// values, rounded to half a point), how often it occurred, and what it is worth to each party.
/// </summary>
public sealed record ModalOutcomeReport(
    int Runs,
    ulong Seed,
    string Protocol,
    double Share,
    IReadOnlyDictionary<string, double> Agreed,
    IReadOnlyDictionary<string, double> Utilities);
