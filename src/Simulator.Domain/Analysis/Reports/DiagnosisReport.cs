namespace Simulator.Domain.Analysis.Reports;

/// <summary>Why something has no zone of agreement, in plain words, and every smallest relaxation that opens one.</summary>
public sealed record DiagnosisReport(string Issue, string Subject, string Explanation, bool Complete, IReadOnlyList<IReadOnlyList<MoveReport>> Options);
