namespace Simulator.Web.Classroom;

/// <summary>A shipped scenario or series a class can be prepared from: its id (what a request names) and its title (what a teacher reads).</summary>
public sealed record ScenarioChoice(string Id, string Title, bool Series);
