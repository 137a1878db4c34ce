namespace Simulator.Domain.Analysis.Reports;

/// <summary>
/// Why something has no zone of agreement, in plain words, and every smallest relaxation that opens
/// one; <see cref="Checks"/> (one per option, in the same order; empty with no runs) says what the
/// engine does with each relaxation applied, and the explanation ends with those verdicts.
/// </summary>
public sealed record DiagnosisReport(string Issue, string Subject, string Explanation, bool Complete, IReadOnlyList<IReadOnlyList<MoveReport>> Options, IReadOnlyList<RelaxationCheckReport>? Checks = null);
