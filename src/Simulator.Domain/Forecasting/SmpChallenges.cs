namespace Simulator.Domain.Forecasting;

/// <summary>
/// Challenges as one actor (h) perceives them: h sees every other actor's risk attitude pulled
/// two-thirds towards its own, and estimates who would win a contest i→j when the principals
/// and semi-committed third parties vote.
/// </summary>
internal static class SmpChallenges
{
    private const double ChallengeFloor = 1e-10;
    private const double MinimumGain = 1e-5;

    /// <summary>Fills <paramref name="perceived"/> (N × N) with U^h[a, b] = u(d[a, b], (2R_h + R_a)/3).</summary>
    public static void PerceivedUtilities(SmpAnalysis state, int observer, double[] perceived)
    {
        var n = state.Actors.Count;
        var risks = state.RiskAttitudes;
        var distances = state.Distances;
        for (var a = 0; a < n; a++)
        {
            var r = SmpMath.PerceivedRisk(risks[observer], risks[a]);
            var row = a * n;
            for (var b = 0; b < n; b++)
            {
                perceived[row + b] = SmpMath.Utility(distances[row + b], r);
            }
        }
    }

    /// <summary>P_ij: the probability that i prevails over j, from the view encoded in <paramref name="u"/>.</summary>
    public static double VictoryProbability(SmpActors actors, double[] u, int i, int j)
    {
        var n = actors.Count;
        var w = actors.ChallengeWeights;
        var a = w[i] * (u[(i * n) + i] - u[(i * n) + j]);
        var b = w[j] * (u[(j * n) + i] - u[(j * n) + j]);
        var principalsForI = ChallengeFloor + Math.Max(a, 0) + Math.Max(b, 0);
        var principalsForJ = ChallengeFloor + Math.Max(-a, 0) + Math.Max(-b, 0);
        var forI = principalsForI;
        var forJ = principalsForJ;
        for (var k = 0; k < n; k++)
        {
            if (k == i || k == j)
            {
                continue;
            }

            var row = k * n;
            var uki = u[row + i];
            var ukj = u[row + j];
            var ukk = u[row + k];
            var e = w[k] * (uki - ukj);
            var ePlus = Math.Max(e, 0);
            var eMinus = Math.Max(-e, 0);
            var pi = (principalsForI + ePlus) / (principalsForI + ePlus + principalsForJ + eMinus);

            // Semi-committed: k weighs joining i (it keeps i's position if i wins, its own
            // otherwise) against joining j.
            var vote = w[k] * ((pi * ((2 * uki) + ukk)) + ((1 - pi) * 3 * ukj) - (pi * 3 * uki) - ((1 - pi) * ((2 * ukj) + ukk)));
            if (vote > 0)
            {
                forI += vote;
            }
            else if (vote < 0)
            {
                forJ -= vote;
            }
        }

        return forI / (forI + forJ);
    }

    /// <summary>ΔEU for actor k of the challenge i→j, given the victory probability.</summary>
    public static double ExpectedGain(SmpActors actors, double[] u, int k, int i, int j, double probability)
    {
        var n = actors.Count;
        var sigmaJ = actors.TotalSalience[j];
        var uki = u[(k * n) + i];
        var ukj = u[(k * n) + j];
        return ((1 - sigmaJ) * 2 * uki) + (sigmaJ * ((probability * 2 * uki) + ((1 - probability) * 2 * ukj))) - uki - ukj;
    }

    /// <summary>The target with the highest expected gain for i from i's own view, or null if none gains over 1e-5.</summary>
    public static SmpTarget? BestTarget(SmpAnalysis state, int initiator, double[] perceived)
    {
        PerceivedUtilities(state, initiator, perceived);
        var actors = state.Actors;
        SmpTarget? best = null;
        for (var j = 0; j < actors.Count; j++)
        {
            if (j == initiator)
            {
                continue;
            }

            var p = VictoryProbability(actors, perceived, initiator, j);
            var gain = ExpectedGain(actors, perceived, initiator, initiator, j, p);
            if (best is null || gain > best.Gain)
            {
                best = new SmpTarget(initiator, j, gain, p);
            }
        }

        return best is not null && best.Gain > MinimumGain ? best : null;
    }
}
