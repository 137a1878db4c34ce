namespace Simulator.Domain.Classroom;

/// <summary>The debrief of a class: per issue the class against history and the simulated talks, each principal's concession path, the distance from the bargaining solutions, and the full transcript.</summary>
public sealed record Debrief(
    string Scenario,
    string Title,
    string EndReason,
    int Rounds,
    int SimulatedRuns,
    IReadOnlyList<IssueDebrief> Issues,
    IReadOnlyList<ConcessionPath> Paths,
    IReadOnlyList<SolutionDistance> Solutions,
    IReadOnlyList<ClassNotice> Notices,
    string Transcript);
