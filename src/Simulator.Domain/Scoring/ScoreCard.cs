namespace Simulator.Domain.Scoring;

/// <summary>
/// The model held against history over every scored issue: accuracy at <see cref="Threshold"/>,
/// the mean Brier score, the mean log score (−ln of the probability given to what happened, after
/// clamping to [<see cref="LogClamp"/>, 1 − <see cref="LogClamp"/>]), the two trivial baselines on
/// the same issues, the calibration bins, every issue, and what was left out. Serialised as the
/// stable `sim score --format json` output (see README, "Scoring against history"): append fields, never rename them.
/// </summary>
public sealed record ScoreCard(
    int Experiments,
    int Issues,
    int ObservedAgreed,
    double Threshold,
    double LogClamp,
    double Accuracy,
    double Brier,
    double LogScore,
    IReadOnlyList<ScoreBaseline> Baselines,
    IReadOnlyList<CalibrationBin> Calibration,
    IReadOnlyList<ScoredIssue> Items,
    IReadOnlyList<ScoreNote> Skipped);
