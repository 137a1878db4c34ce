using System.Collections.Concurrent;
using Simulator.Contracts.Sessions;
using Simulator.Domain.Classroom;
using Simulator.Domain.Engine;
using Simulator.Domain.Scenarios.Loading;

namespace Simulator.Web.Classroom;

/// <summary>
/// Read copies of classes in this web process: each is rebuilt from the grain's record by replaying
/// its inputs (only the new ones since the last read), so pages read a class without asking the
/// grain to render it. A copy is only read and advanced under its own lock.
/// </summary>
public sealed class ClassReplicas
{
    private readonly ConcurrentDictionary<string, Replica> _byCode = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CompiledScenario> _scenarios = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Domain.Series.CompiledSeries> _series = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="read"/> on the class as of <paramref name="record"/>.</summary>
    public T Read<T>(ClassRecord record, Func<ClassTable, T> read)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(read);
        var replica = _byCode.GetOrAdd(record.Code, _ => new Replica());
        lock (replica)
        {
            var key = $"{record.Meeting}:{record.ScenarioSnapshot}";
            if (replica.Table is null || replica.Snapshot != key || replica.Table.Version > record.Inputs.Length)
            {
                replica.Snapshot = key;
                replica.Table = record.SeriesSnapshot is { } series
                    ? ClassSeries.Table(Series(series), record.Meeting, record.HumanSeats, record.StartValues ?? ClassSeries.StartValues(Series(series), 0, null, null))
                    : new ClassTable(Scenario(record.ScenarioSnapshot), record.HumanSeats);
            }

            for (var k = replica.Table.Version; k < record.Inputs.Length; k++)
            {
                replica.Table.Apply(ClassInputJson.Read(record.Inputs[k]));
            }

            return read(replica.Table);
        }
    }

    /// <summary>The scenario a class record's table plays (on a series: its meeting's round, agenda events applied).</summary>
    public CompiledScenario Scenario(ClassRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.SeriesSnapshot is { } series ? Series(series).Rounds[record.Meeting].Scenario : Scenario(record.ScenarioSnapshot);
    }

    public Domain.Series.CompiledSeries Series(string snapshot) =>
        _series.GetOrAdd(snapshot, ClassSeries.Compile);

    public CompiledScenario Scenario(string snapshot) =>
        _scenarios.GetOrAdd(snapshot, s => CompiledScenario.Compile(ScenarioLoader.LoadText(s, "class scenario")));

    private sealed class Replica
    {
        public string? Snapshot { get; set; }

        public ClassTable? Table { get; set; }
    }
}
