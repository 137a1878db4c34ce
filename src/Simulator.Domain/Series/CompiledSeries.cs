using Simulator.Domain.Calibration;
using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Series;

/// <summary>
/// A series prepared for Monte Carlo: every round compiled, the series' own parameters (implemented
/// shares, trust responses) in one <see cref="ParameterTable"/>. Immutable and thread-safe.
/// Round 1 draws exactly what `sim run` of its scenario draws for the same seed and run; later
/// rounds and the series parameters draw from their own streams, so adding a round never changes
/// an earlier one.
/// </summary>
public sealed class CompiledSeries
{
    private CompiledSeries(SeriesDefinition definition, ParameterTable table, IReadOnlyList<CompiledRound> rounds)
    {
        Definition = definition;
        SeriesParameters = table;
        Rounds = rounds;
    }

    public SeriesDefinition Definition { get; }

    public ParameterTable SeriesParameters { get; }

    public IReadOnlyList<CompiledRound> Rounds { get; }

    /// <summary>The stream salt of the series' own parameters.</summary>
    public static ulong SeriesSalt => 0x5e71e5UL;

    public static CompiledSeries Compile(SeriesDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var table = new ParameterTable(definition.SeriesParameters());
        var rounds = new List<CompiledRound>();
        Scenario? previous = null;
        for (var k = 0; k < definition.Rounds.Count; k++)
        {
            var round = definition.Rounds[k];
            var events = definition.Events.Where(e => e.BeforeRound == round.Id).ToList();
            var scenario = WithAgenda(round.Scenario, events);
            var compiled = CompiledScenario.Compile(scenario);
            var changes = events.SelectMany(e => e.Changes).Select(c => (compiled.Parameters.IndexOf(c.Path), c.Value)).Where(c => c.Item1 >= 0).ToList();
            var carry = new List<CompiledCarry>();
            if (previous is not null)
            {
                foreach (var issue in scenario.Issues)
                {
                    var before = previous.IssueIndex(issue.Id);
                    if (before < 0)
                    {
                        continue;
                    }

                    var explicitCarry = round.CarryOver.FirstOrDefault(c => c.IssueId == issue.Id);
                    carry.Add(new CompiledCarry(
                        issue.Id,
                        before,
                        scenario.IssueIndex(issue.Id),
                        explicitCarry?.Mode ?? CarryMode.StatusQuo,
                        explicitCarry is null ? -1 : table.IndexOf(explicitCarry.Implemented)));
                }
            }

            var trust = round.Trust
                .Select(t => new CompiledTrust(t.PartyId, compiled.Parameters.IndexOf(scenario.Party(t.PartyId).ReservationUtility), table.IndexOf(t.PerShortfall)))
                .ToList();
            var record = ScenarioCalibrationModel.TryRecordOf(compiled, round.Id, ValueTolerance.None, out var recordIssues);
            rounds.Add(new CompiledRound(round.Id, round, compiled, changes, [.. events.Select(e => e.Description)], carry, trust, (ulong)k, record, recordIssues));
            previous = scenario;
        }

        return new CompiledSeries(definition, table, rounds);
    }

    /// <summary>The seed round k's draws start from: the experiment seed itself for the first round.</summary>
    public static ulong RoundSeed(ulong seed, CompiledRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.SeedSalt == 0 ? seed : SplitMix64.Mix(seed + round.SeedSalt);
    }

    private static Scenario WithAgenda(Scenario scenario, List<SeriesEvent> events)
    {
        if (events.All(e => e.AddToAgenda.Count == 0 && e.Retire.Count == 0))
        {
            return scenario;
        }

        var agenda = scenario.Protocol.Agenda.Count == 0 ? scenario.Issues.Select(i => i.Id).ToList() : [.. scenario.Protocol.Agenda];
        foreach (var e in events)
        {
            agenda.AddRange(e.AddToAgenda.Where(a => !agenda.Contains(a)));
            agenda.RemoveAll(e.Retire.Contains);
        }

        return scenario with { Protocol = scenario.Protocol with { Agenda = agenda } };
    }
}
