namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// Everything `sim analyze` reports, in the shape of its stable `--format json` output: append
/// fields, never rename or remove them. <see cref="Chair"/> lists the mediators in the chair (one,
/// or the co-mediators with their shares); <see cref="ChairView"/> is the chair's own point on each
/// agenda issue it has a view on: the share-weighted mean of its mediators' positions.
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
    ModalOutcomeReport? Simulated,
    IReadOnlyList<ChairSeatReport>? Chair = null,
    IReadOnlyDictionary<string, double>? ChairView = null);
