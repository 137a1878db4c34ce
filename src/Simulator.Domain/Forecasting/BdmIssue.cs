namespace Simulator.Domain.Forecasting;

/// <summary>
/// One round's arithmetic of the expected-utility model: votes, victory probabilities, utilities
/// and risk exponents, for positions normalised by the issue's range Δ = x_max − x_min.
/// </summary>
internal sealed class BdmIssue
{
    private readonly double[] capabilities;
    private readonly double[] saliences;
    private readonly bool scholzDenominator;

    public BdmIssue(double[] capabilities, double[] saliences, double[] positions, bool scholzDenominator)
    {
        this.capabilities = capabilities;
        this.saliences = saliences;
        this.scholzDenominator = scholzDenominator;
        Positions = positions;
        Range = positions.Max() - positions.Min();
    }

    public int Count => Positions.Length;

    public double[] Positions { get; }

    public double Range { get; }

    /// <summary>v_k(a, b): voter k's vote for position a over position b with risk exponent r.</summary>
    public double Vote(int k, double a, double b, double r)
    {
        var x = Positions[k];
        return capabilities[k] * saliences[k] * (Math.Pow(Math.Abs(x - b) / Range, r) - Math.Pow(Math.Abs(x - a) / Range, r));
    }

    /// <summary>P[i, j]: probability that i's position beats j's, with each voter's own risk exponent.</summary>
    public double[] VictoryProbabilities(double[] risks)
    {
        var n = Count;
        var x = Positions;
        var result = new double[n * n];
        var total = 0.0;
        if (scholzDenominator)
        {
            // The Scholz code normalises by |votes| over every voter and every ordered pair of positions.
            for (var k = 0; k < n; k++)
            {
                for (var a = 0; a < n; a++)
                {
                    for (var b = 0; b < n; b++)
                    {
                        total += Math.Abs(Vote(k, x[a], x[b], risks[k]));
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var numerator = 0.0;
                var denominator = 0.0;
                for (var k = 0; k < n; k++)
                {
                    var vote = Vote(k, x[i], x[j], risks[k]);
                    numerator += Math.Max(0, vote);
                    denominator += Math.Abs(vote);
                }

                var divisor = scholzDenominator ? total : denominator;
                result[(i * n) + j] = divisor > 0 ? numerator / divisor : 0.5;
            }
        }

        return result;
    }

    /// <summary>
    /// E^v(U_ij) with Q = 1: i's expected utility of challenging j as an observer with risk
    /// exponent r sees it: s_j[P_ij U_s + (1 − P_ij) U_f] + (1 − s_j) U_s − U_sq.
    /// </summary>
    public double ExpectedUtility(int i, int j, double r, double[] probabilities)
    {
        var distance = Math.Abs(Positions[i] - Positions[j]) / Range;
        var success = 2 - (4 * Math.Pow(0.5 - (0.5 * distance), r));
        var failure = 2 - (4 * Math.Pow(0.5 + (0.5 * distance), r));
        var statusQuo = 2 - (4 * Math.Pow(0.5, r));
        var p = probabilities[(i * Count) + j];
        return (saliences[j] * ((p * success) + ((1 - p) * failure))) + ((1 - saliences[j]) * success) - statusQuo;
    }

    /// <summary>
    /// Risk exponents: danger D_i = Σ_j E(U_ji) with every r = 1; R_i = (2D_i − D_max − D_min)/(D_max − D_min);
    /// r_i = (1 − R_i/3)/(1 + R_i/3), in [0.5, 2]. Equal dangers give r = 1.
    /// </summary>
    public double[] RiskExponents()
    {
        var n = Count;
        var neutral = Enumerable.Repeat(1.0, n).ToArray();
        var probabilities = VictoryProbabilities(neutral);
        var danger = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sum += ExpectedUtility(j, i, 1.0, probabilities);
                }
            }

            danger[i] = sum;
        }

        var max = danger.Max();
        var min = danger.Min();
        var risks = new double[n];
        for (var i = 0; i < n; i++)
        {
            var big = max > min ? ((2 * danger[i]) - max - min) / (max - min) : 0.0;
            risks[i] = (1 - (big / 3)) / (1 + (big / 3));
        }

        return risks;
    }

    /// <summary>The actor position that no other position beats in pairwise votes (r = 1); the weighted median if none does.</summary>
    public static double VoteMedian(double[] capabilities, double[] saliences, double[] positions)
    {
        var issue = new BdmIssue(capabilities, saliences, positions, scholzDenominator: false);
        if (issue.Range <= 0)
        {
            return positions[0];
        }

        for (var m = 0; m < positions.Length; m++)
        {
            var unbeaten = true;
            for (var other = 0; other < positions.Length && unbeaten; other++)
            {
                var margin = 0.0;
                for (var k = 0; k < positions.Length; k++)
                {
                    margin += issue.Vote(k, positions[m], positions[other], 1.0);
                }

                unbeaten = margin >= 0;
            }

            if (unbeaten)
            {
                return positions[m];
            }
        }

        return WeightedMedianModel.Forecast(capabilities, saliences, positions);
    }
}
