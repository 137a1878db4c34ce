using CsCheck;
using Simulator.Domain.Protocols.Classic;

namespace Simulator.Domain.Tests.Protocols;

public sealed class StackedAlternatingOffersTests
{
    [Fact]
    public void Rubinstein_agents_with_no_deadline_agree_at_once_on_the_closed_form_for_random_discount_factors()
    {
        Gen.Select(Gen.Double[0.05, 0.99], Gen.Double[0.05, 0.99]).Sample((delta1, delta2) =>
        {
            IOfferAgent<double>[] agents = [new RubinsteinAgent(0, delta1, delta2, null), new RubinsteinAgent(1, delta2, delta1, null)];

            var outcome = StackedAlternatingOffers.Run(agents, 100);

            Assert.True(outcome.Agreed);
            Assert.Equal(0, outcome.Agreement!.Turn);
            // Tolerance 1e-12: the agent proposes the closed form itself.
            Assert.Equal((1 - delta2) / (1 - (delta1 * delta2)), outcome.Agreement.Offer, 1e-12);
        });
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.1)]
    [InlineData(3, 0.91)]
    [InlineData(4, 0.181)]
    [InlineData(5, 0.8371)]
    [InlineData(10, 0.342801)]
    [InlineData(50, 0.523603)]
    public void Rubinstein_agents_with_a_deadline_reproduce_the_finite_horizon_split(int offers, double expected)
    {
        IOfferAgent<double>[] agents = [new RubinsteinAgent(0, 0.9, 0.9, offers), new RubinsteinAgent(1, 0.9, 0.9, offers)];

        var outcome = StackedAlternatingOffers.Run(agents, offers + 1);

        Assert.Equal(0, outcome.Agreement!.Turn);
        // Tolerance 5e-7: the oracle prints six decimals.
        Assert.Equal(expected, outcome.Agreement.Offer, 5e-7);
    }

    [Fact]
    public void An_offer_needs_every_other_party_to_accept_it()
    {
        // Three parties split a pie on a grid; the third accepts only if it gets at least 0.3.
        var space = PieSpace(3);
        IOfferAgent<double[]>[] agents =
        [
            new TimeDependentAgent<double[]>(0, space, new TimeDependentTactic(1), 0.2),
            new TimeDependentAgent<double[]>(1, space, new TimeDependentTactic(1), 0.2),
            new TimeDependentAgent<double[]>(2, space, new TimeDependentTactic(1), 0.3),
        ];

        var outcome = StackedAlternatingOffers.Run(agents, 60);

        Assert.True(outcome.Agreed);
        var split = outcome.Agreement!.Offer;
        Assert.True(split[0] >= 0.2 - 1e-9 && split[1] >= 0.2 - 1e-9 && split[2] >= 0.3 - 1e-9);
        Assert.True(outcome.TurnsUsed >= outcome.Agreement.Turn + 2);
    }

    [Fact]
    public void Two_Boulware_agents_with_incompatible_reservations_never_agree()
    {
        var space = PieSpace(2);
        IOfferAgent<double[]>[] agents =
        [
            new TimeDependentAgent<double[]>(0, space, new TimeDependentTactic(0.2), 0.6),
            new TimeDependentAgent<double[]>(1, space, new TimeDependentTactic(0.2), 0.6),
        ];

        var outcome = StackedAlternatingOffers.Run(agents, 40);

        Assert.False(outcome.Agreed);
        Assert.Equal(40, outcome.Offers.Count);
    }

    [Fact]
    public void Tit_for_tat_agents_reciprocate_and_meet_in_the_middle_of_a_symmetric_pie()
    {
        var space = PieSpace(2);
        IOfferAgent<double[]>[] agents =
        [
            new TitForTatAgent<double[]>(0, space, 0.0),
            new TitForTatAgent<double[]>(1, space, 0.0),
        ];

        var outcome = StackedAlternatingOffers.Run(agents, 200);

        Assert.True(outcome.Agreed);
        Assert.InRange(outcome.Agreement!.Offer[0], 0.4, 0.6);
    }

    // Splits of a pie of size 1 in steps of 0.05; each party's utility is its share.
    private static OfferSpace<double[]> PieSpace(int parties)
    {
        var splits = new List<double[]>();
        const int steps = 20;
        if (parties == 2)
        {
            for (var a = 0; a <= steps; a++)
            {
                splits.Add([a / (double)steps, (steps - a) / (double)steps]);
            }
        }
        else
        {
            for (var a = 0; a <= steps; a++)
            {
                for (var b = 0; a + b <= steps; b++)
                {
                    splits.Add([a / (double)steps, b / (double)steps, (steps - a - b) / (double)steps]);
                }
            }
        }

        return new OfferSpace<double[]>(splits, Enumerable.Range(0, parties).Select(i => (Func<double[], double>)(s => s[i])).ToArray());
    }
}
