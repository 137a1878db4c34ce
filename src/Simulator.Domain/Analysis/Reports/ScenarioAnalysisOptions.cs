namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// What `sim analyze` computes: solution concepts for the principals only or for every party, and
/// how many Monte Carlo runs (0: none) find the simulated modal outcome.
/// </summary>
public sealed record ScenarioAnalysisOptions(bool AllParties = false, int Runs = 0, ulong? Seed = null);
