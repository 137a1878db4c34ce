namespace Simulator.Web.Api;

/// <summary>A created class: the join code, the facilitator's secret token and the URL students join at.</summary>
public sealed record CreateClassResponse(string Code, string FacilitatorToken, string JoinUrl);
