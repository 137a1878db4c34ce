using Simulator.Domain.Analysis.Reports;
using Simulator.Domain.Analysis.Toolkit;
using Simulator.Domain.Calibration;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Cli.Output.Report;

/// <summary>Everything a report shows; the optional parts are left out of the page when null.</summary>
internal sealed record ReportContent(
    Scenario Scenario,
    ExperimentResult Result,
    SensitivityReport? Sensitivity,
    SweepResult? Sweep,
    string SampleTranscript,
    ScenarioAnalysisReport? Bargaining,
    ReportForecast? Forecast,
    CalibrationResult? Calibration = null,
    string? CalibrationRefusal = null);
