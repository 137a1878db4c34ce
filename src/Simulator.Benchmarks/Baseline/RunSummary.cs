using Simulator.Domain.Engine;
using Simulator.Domain.MonteCarlo;
using Simulator.Domain.Protocols.Classic;
using Simulator.Domain.Scenarios;

namespace Simulator.Benchmarks.Baseline;

/// <summary>
/// What an experiment keeps of one run, per agenda item (in agenda order): agreed or not, the
/// value, and the blocker's key and explanation when it failed; plus the run's length. The
/// explanations are <see cref="BlockerText"/> templates; <see cref="BlockerFigures"/> holds the
/// values this run drew for the parameters they name.
/// </summary>
internal sealed record RunSummary(
    int RunIndex,
    bool[] Agreed,
    double[] Values,
    string?[] BlockerKeys,
    string?[] BlockerExplanations,
    int Rounds,
    double Minutes,
    EndReason EndReason,
    BlockerFigure[]?[]? BlockerFigures = null)
{
    public static RunSummary From(int runIndex, NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var n = result.Issues.Count;
        var agreed = new bool[n];
        var values = new double[n];
        var keys = new string?[n];
        var explanations = new string?[n];
        var figures = new BlockerFigure[]?[n];
        for (var k = 0; k < n; k++)
        {
            var o = result.Issues[k];
            agreed[k] = o.Agreed;
            values[k] = o.Value;
            keys[k] = o.Blocker?.Key;
            if (o.Blocker is { } blocker)
            {
                explanations[k] = blocker.Template;
                figures[k] = [.. BlockerText.Parameters(blocker.Template).Select(i => new BlockerFigure(i, blocker.ValueOf(i)))];
            }
        }

        return new RunSummary(runIndex, agreed, values, keys, explanations, result.Rounds, result.Minutes, result.EndReason, figures);
    }
}
