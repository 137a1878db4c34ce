namespace Simulator.Web.Classroom.Views;

/// <summary>A new class: its join code and the facilitator's secret token.</summary>
public sealed record CreatedClass(string Code, string FacilitatorToken);
