namespace Simulator.Domain.Forecasting;

/// <summary>
/// Bueno de Mesquita's expected-utility model as specified by Scholz, Calbert and Smith (2011):
/// risk exponents from each actor's danger, challenges valued with Q = 1, and each receiver
/// accepting the best offer (confrontation, else compromise, else capitulation). All actors move
/// at once; it runs a fixed number of rounds and may cycle rather than converge.
/// </summary>
public sealed class BdmModel
{
    public BdmModel(BdmOptions? options = null)
    {
        Options = options ?? new BdmOptions();
        if (Options.Rounds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.Rounds, "rounds must not be negative");
        }
    }

    public BdmOptions Options { get; }

    public BdmResult Run(IReadOnlyList<BdmActor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (actors.Count < 2)
        {
            throw new ArgumentException("the model needs at least two actors", nameof(actors));
        }

        var n = actors.Count;
        var capabilities = actors.Select(a => a.Capability).ToArray();
        var saliences = actors.Select(a => a.Salience).ToArray();
        var positions = actors.Select(a => a.Position).ToArray();
        var rounds = new List<BdmRound> { Summarise(0, positions, [], capabilities, saliences) };
        for (var round = 1; round <= Options.Rounds; round++)
        {
            var issue = new BdmIssue(capabilities, saliences, positions, Options.ScholzCompatible);
            var offers = new List<BdmOffer>();
            var next = (double[])positions.Clone();
            if (issue.Range > 0)
            {
                var risks = issue.RiskExponents();
                var probabilities = issue.VictoryProbabilities(risks);
                for (var i = 0; i < n; i++)
                {
                    if (BestOffer(issue, risks, probabilities, i) is { } offer)
                    {
                        offers.Add(offer);
                        next[i] = offer.NewPosition;
                    }
                }
            }

            positions = next;
            rounds.Add(Summarise(round, positions, offers, capabilities, saliences));
        }

        return new BdmResult(actors, rounds);
    }

    private BdmOffer? BestOffer(BdmIssue issue, double[] risks, double[] probabilities, int i)
    {
        var n = issue.Count;
        var x = issue.Positions;
        BdmOffer? confrontation = null;
        BdmOffer? compromise = null;
        var compromiseRank = double.PositiveInfinity;
        BdmOffer? capitulation = null;
        for (var j = 0; j < n; j++)
        {
            if (x[j] == x[i])
            {
                continue;
            }

            var a = issue.ExpectedUtility(i, j, risks[i], probabilities);
            var b = issue.ExpectedUtility(j, i, risks[i], probabilities);
            if (b > a && a > 0)
            {
                var offer = new BdmOffer(i, j, BdmOfferKind.Confrontation, a, b, x[j]);
                if (confrontation is null || Math.Abs(x[j] - x[i]) < Math.Abs(confrontation.NewPosition - x[i]))
                {
                    confrontation = offer;
                }
            }
            else if (b > 0 && a < 0 && b > Math.Abs(a))
            {
                var moved = x[i] + ((x[j] - x[i]) * Math.Abs(a / b));
                var rank = Options.ScholzCompatible
                    ? ((Math.Abs(a) * x[i]) + (Math.Abs(b) * x[j])) / (Math.Abs(a) + Math.Abs(b))
                    : Math.Abs(moved - x[i]);
                if (compromise is null || rank < compromiseRank)
                {
                    compromise = new BdmOffer(i, j, BdmOfferKind.Compromise, a, b, moved);
                    compromiseRank = rank;
                }
            }
            else if (b > 0 && a < 0 && b < Math.Abs(a))
            {
                var offer = new BdmOffer(i, j, BdmOfferKind.Capitulation, a, b, x[j]);
                if (capitulation is null || Math.Abs(x[j] - x[i]) < Math.Abs(capitulation.NewPosition - x[i]))
                {
                    capitulation = offer;
                }
            }
        }

        return confrontation ?? compromise ?? capitulation;
    }

    private static BdmRound Summarise(int index, double[] positions, List<BdmOffer> offers, double[] capabilities, double[] saliences) =>
        new(
            index,
            (double[])positions.Clone(),
            offers,
            CompromiseModel.Forecast(capabilities, saliences, positions),
            BdmIssue.VoteMedian(capabilities, saliences, positions));
}
