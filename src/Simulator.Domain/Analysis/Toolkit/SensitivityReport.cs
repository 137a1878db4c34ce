namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>
/// The result of `sim sensitivity`: every uncertain parameter's effects, and per issue its drivers
/// ranked by first-order Sobol index (ties broken by the one-at-a-time swing), beyond noise only.
/// <see cref="Intervals"/> says how every interval was made.
/// </summary>
public sealed record SensitivityReport(
    string Scenario,
    int RunsPerProbe,
    ulong Seed,
    int Bins,
    string Measure,
    IReadOnlyList<ParameterSensitivity> Parameters,
    IReadOnlyList<IssueDrivers> Issues,
    string? Intervals = null);
