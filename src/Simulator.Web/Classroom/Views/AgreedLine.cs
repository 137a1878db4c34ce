namespace Simulator.Web.Classroom.Views;

/// <summary>An agreed item and the round it was agreed in (1-based).</summary>
public sealed record AgreedLine(string IssueId, string Label, string Text, int Round);
