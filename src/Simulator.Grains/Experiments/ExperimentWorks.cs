using Simulator.Contracts.Experiments;
using Simulator.Grains.Scenarios;

namespace Simulator.Grains.Experiments;

/// <summary>Finds the compiled form of an experiment's snapshot in this silo's caches: a scenario with its overrides, or a series.</summary>
public sealed class ExperimentWorks(CompiledScenarioCache scenarios, CompiledSeriesCache series)
{
    public ExperimentWork Get(ExperimentKind kind, string hash, string snapshot, IReadOnlyList<ParameterOverrideDto> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (kind == ExperimentKind.Series)
        {
            // A series' --set changes are inside its snapshot; overrides would have no round to go to.
            return overrides.Count == 0
                ? ExperimentWork.Of(series.Get(hash, snapshot))
                : throw new ArgumentException("a series experiment takes no parameter overrides: its --set changes travel in the snapshot", nameof(overrides));
        }

        return ExperimentWork.Of(scenarios.Get(hash, snapshot, overrides));
    }
}
