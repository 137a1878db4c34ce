using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Domain.Tests.Analysis.Toolkit;

public sealed class FirstOrderIndexTests
{
    [Fact]
    public void A_parameter_that_decides_the_outcome_explains_all_of_its_variance()
    {
        // Y = 1 when X is above its median: the bins below never agree, those above always do.
        Assert.Equal(1, FirstOrderIndex.Estimate([(0, 200), (0, 200), (200, 200), (200, 200)]), 12);
    }

    [Fact]
    public void A_parameter_without_influence_scores_zero_despite_sampling_noise()
    {
        // The same probability (0.5) in every bin, seen through binomial noise of 100 runs each.
        var index = FirstOrderIndex.Estimate([(48, 100), (53, 100), (50, 100), (47, 100)]);
        Assert.InRange(index, 0, 0.01);
    }

    [Fact]
    public void Additive_model_gives_the_analytic_index_up_to_the_bin_quadrature()
    {
        // P(Y = 1 | X1, X2) = (X1 + X2) / 2 with X1, X2 ~ U(0, 1): Var(E[Y | X1]) = 1/48, Var(Y) = 1/4,
        // so S1 = 1/12. Four midpoint bins capture (B^2 - 1) / B^2 = 15/16 of the spread of a linear effect.
        const long runs = 10_000_000;
        var bins = new[] { 0.125, 0.375, 0.625, 0.875 }
            .Select(x => ((long)Math.Round((x + 0.5) / 2 * runs), runs))
            .ToList();
        Assert.Equal(1.0 / 12 * 15 / 16, FirstOrderIndex.Estimate(bins), 4);
    }

    [Fact]
    public void An_outcome_that_never_varies_has_nothing_to_explain()
    {
        Assert.Equal(0, FirstOrderIndex.Estimate([(100, 100), (100, 100)]));
    }
}
