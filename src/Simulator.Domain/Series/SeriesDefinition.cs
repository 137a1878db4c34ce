using Simulator.Domain.Scenarios;

namespace Simulator.Domain.Series;

/// <summary>
/// A series of rounds run one after another in every Monte Carlo run: the rounds in order, the
/// events between them, and Monte Carlo defaults. Every number the series itself adds (implemented
/// shares, trust responses) is a <see cref="Parameter"/> with a path under `series.rounds.ROUND`.
/// </summary>
public sealed record SeriesDefinition(
    string Id,
    string Title,
    string? Description,
    IReadOnlyList<SeriesRound> Rounds,
    IReadOnlyList<SeriesEvent> Events,
    MonteCarloDefaults MonteCarlo,
    string SourceFile)
{
    /// <summary>Every parameter the series adds, in document order.</summary>
    public IEnumerable<Parameter> SeriesParameters()
    {
        foreach (var round in Rounds)
        {
            foreach (var c in round.CarryOver)
            {
                yield return c.Implemented;
            }

            foreach (var t in round.Trust)
            {
                yield return t.PerShortfall;
            }
        }
    }
}
