namespace Simulator.Domain.Classroom;

/// <summary>A seat's stance on one issue on its labelled scale: ideal point, weight and rank among its priorities, red line and mandate (null bounds are open).</summary>
public sealed record BriefIssue(
    string IssueId,
    string Label,
    double Position,
    string PositionText,
    double Salience,
    int Priority,
    double? RedLineMin,
    double? RedLineMax,
    double? MandateMin,
    double? MandateMax);
