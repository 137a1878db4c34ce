using Simulator.Domain.Forecasting;

namespace Simulator.Domain.Tests.Forecasting;

public sealed class BdmOracleTests
{
    private const double Tolerance = 1e-9;
    private static readonly Lazy<BdmResult> Example = new(() => new BdmModel().Run(ExampleActors.Load()));

    [Fact]
    public void ExampleMeanMatchesLogEveryRound()
    {
        var log = ExampleLog.Load();
        Assert.Equal(11, Example.Value.Rounds.Count);
        Assert.Equal(11, log.Means.Count);
        for (var r = 0; r <= 10; r++)
        {
            Assert.True(Math.Abs(log.Means[r] - Example.Value.Rounds[r].WeightedMean) <= Tolerance, $"round {r}: {Example.Value.Rounds[r].WeightedMean} vs {log.Means[r]}");
        }
    }

    [Fact]
    public void ExampleWeightedMeanAfterRoundTenIsTheReference()
    {
        Assert.Equal(7.242130958473938, Example.Value.Final.WeightedMean, Tolerance);
    }

    [Fact]
    public void ExampleOffersMatchLogEveryRound()
    {
        var log = ExampleLog.Load();
        var actors = Example.Value.Actors;
        for (var r = 1; r <= 10; r++)
        {
            var expected = log.Offers[r];
            var actual = Example.Value.Rounds[r].Offers;
            Assert.Equal(expected.Count, actual.Count);
            for (var o = 0; o < expected.Count; o++)
            {
                Assert.Equal(expected[o].Text, Describe(actual[o], actors));
                Assert.Equal(expected[o].ReceiverGain, actual[o].ReceiverGain, Tolerance);
                Assert.Equal(expected[o].ProposerGain, actual[o].ProposerGain, Tolerance);
                Assert.Equal(expected[o].NewPosition, actual[o].NewPosition, Tolerance);
            }
        }
    }

    [Fact]
    public void ExampleEveryRoundPositionsFollowTheLoggedMoves()
    {
        var log = ExampleLog.Load();
        var positions = ExampleActors.Load().Select(a => a.Position).ToArray();
        var names = ExampleActors.Load().Select(a => a.Name).ToList();
        for (var r = 1; r <= 10; r++)
        {
            foreach (var offer in log.Offers[r])
            {
                positions[names.IndexOf(offer.Text.Split(' ')[0])] = offer.NewPosition;
            }

            for (var i = 0; i < positions.Length; i++)
            {
                Assert.Equal(positions[i], Example.Value.Rounds[r].Positions[i], Tolerance);
            }
        }
    }

    [Fact]
    public void ExampleRoundOneOffersAreBelgiumLuxembourgIreland()
    {
        var offers = Example.Value.Rounds[1].Offers;
        Assert.Equal(3, offers.Count);
        Assert.Equal((1, 4, BdmOfferKind.Compromise), (offers[0].Receiver, offers[0].Proposer, offers[0].Kind));
        Assert.Equal(8.415932315426764, offers[0].NewPosition, Tolerance);
        Assert.Equal((2, 1, BdmOfferKind.Confrontation), (offers[1].Receiver, offers[1].Proposer, offers[1].Kind));
        Assert.Equal(7.0, offers[1].NewPosition, Tolerance);
        Assert.Equal((7, 2, BdmOfferKind.Confrontation), (offers[2].Receiver, offers[2].Proposer, offers[2].Kind));
        Assert.Equal(4.0, offers[2].NewPosition, Tolerance);
    }

    [Fact]
    public void ExampleCyclesBelgiumPathAsPublished()
    {
        double[] expected = [7.0000, 8.4159, 9.6109, 9.9620, 4.8009, 5.5242, 7.4720, 8.8246, 9.6711, 4.1448, 4.2915];
        var belgium = Example.Value.Rounds.Select(r => r.Positions[1]).ToArray();
        Assert.Equal(expected.Length, belgium.Length);
        for (var r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r], belgium[r], 0.00005);
        }
    }

    [Fact]
    public void TextbookDenominatorGivesADifferentPath()
    {
        var textbook = new BdmModel(new BdmOptions(ScholzCompatible: false)).Run(ExampleActors.Load());
        Assert.NotEqual(Example.Value.Final.WeightedMean, textbook.Final.WeightedMean, 1e-6);
    }

    private static string Describe(BdmOffer offer, IReadOnlyList<BdmActor> actors) => offer.Kind switch
    {
        BdmOfferKind.Compromise => $"{actors[offer.Receiver].Name} compromises with {actors[offer.Proposer].Name}",
        BdmOfferKind.Confrontation => $"{actors[offer.Receiver].Name} loses confrontation to {actors[offer.Proposer].Name}",
        _ => $"{actors[offer.Receiver].Name} capitulates to {actors[offer.Proposer].Name}",
    };
}
