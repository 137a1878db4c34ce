namespace Simulator.Web.Classroom.Views;

/// <summary>One item of a draft: the value on its scale, in words, and whether it is put on its own (can be split off).</summary>
public sealed record DraftLine(string IssueId, string Label, double Value, string Text, bool Separate, bool Separable);
