using System.Collections.Concurrent;
using Simulator.Domain.Analysis;
using Simulator.Domain.Classroom;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;

namespace Simulator.Web.Classroom;

/// <summary>
/// What a debrief compares a class with (the Monte Carlo experiment of the same scenario and its
/// bargaining solutions), computed once per scenario snapshot and shared by every class that plays
/// it: results depend only on the scenario, the seed and the runs.
/// </summary>
public sealed class DebriefCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(ExperimentResult Simulated, ScenarioBargaining Bargaining)>>> _bySnapshot = new(StringComparer.Ordinal);

    public Task<(ExperimentResult Simulated, ScenarioBargaining Bargaining)> ReferenceAsync(string snapshot, CompiledScenario scenario, int runs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var key = $"{runs}:{snapshot}";
        return _bySnapshot.GetOrAdd(key, _ => new(() => Task.Run(() =>
            (ExperimentRunner.Run(scenario, runs, scenario.Scenario.MonteCarlo.Seed), DebriefBuilder.Bargaining(scenario))))).Value;
    }
}
