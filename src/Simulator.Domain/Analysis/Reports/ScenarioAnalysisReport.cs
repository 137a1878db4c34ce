namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// Everything `sim analyze` reports, in the shape of its stable `--format json` output: append
/// fields, never rename or remove them.
/// </summary>
public sealed record ScenarioAnalysisReport(
    string Scenario,
    string Title,
    IReadOnlyList<string> Parties,
    IReadOnlyDictionary<string, double> Disagreement,
    IReadOnlyDictionary<string, double>? Ideal,
    int FrontierSize,
    IReadOnlyList<SolutionPointReport> Solutions,
    IReadOnlyList<ZoneReport> Zones,
    IReadOnlyList<DiagnosisReport> Diagnoses,
    IReadOnlyList<PowerReport> Power,
    ModalOutcomeReport? Simulated);
