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

    /// <summary>Runs <paramref name="read"/> on the class as of <paramref name="record"/>.</summary>
    public T Read<T>(ClassRecord record, Func<ClassTable, T> read)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(read);
        var replica = _byCode.GetOrAdd(record.Code, _ => new Replica());
        lock (replica)
        {
            if (replica.Table is null || replica.Snapshot != record.ScenarioSnapshot || replica.Table.Version > record.Inputs.Length)
            {
                replica.Snapshot = record.ScenarioSnapshot;
                replica.Table = new ClassTable(Scenario(record.ScenarioSnapshot), record.HumanSeats);
            }

            for (var k = replica.Table.Version; k < record.Inputs.Length; k++)
            {
                replica.Table.Apply(ClassInputJson.Read(record.Inputs[k]));
            }

            return read(replica.Table);
        }
    }

    public CompiledScenario Scenario(string snapshot) =>
        _scenarios.GetOrAdd(snapshot, s => CompiledScenario.Compile(ScenarioLoader.LoadText(s, "class scenario")));

    private sealed class Replica
    {
        public string? Snapshot { get; set; }

        public ClassTable? Table { get; set; }
    }
}
