using Simulator.Domain.Analysis.Toolkit;

namespace Simulator.Domain.Tests.Analysis.Toolkit;

public sealed class TwoProportionTestTests
{
    [Fact]
    public void Identical_samples_show_no_difference()
    {
        var d = TwoProportionTest.Compare(37, 200, 37, 200);
        Assert.Equal(0, d.Difference);
        Assert.Equal(1, d.PValue, 12);
        Assert.InRange(0, d.Low, d.High);
        Assert.False(d.IsSignificant());
    }

    [Fact]
    public void Matches_Newcombes_worked_example_and_the_pooled_z_test()
    {
        // Newcombe (1998), Statistics in Medicine 17:873-890, table II: 56/70 vs 48/80, method 10 gives 0.0524 to 0.3339.
        var d = TwoProportionTest.Compare(48, 80, 56, 70);
        Assert.Equal(0.2, d.Difference, 12);
        Assert.Equal(0.0524, d.Low, 3);
        Assert.Equal(0.3339, d.High, 3);
        // Pooled p = 104/150; z = 0.2 / sqrt(p(1-p)(1/70 + 1/80)) = 2.650, two-sided p = 0.0081.
        Assert.Equal(2.650, d.Z, 2);
        Assert.Equal(0.0081, d.PValue, 3);
        Assert.True(d.IsSignificant());
    }

    [Fact]
    public void All_or_nothing_on_both_sides_gives_no_evidence_of_a_difference()
    {
        var d = TwoProportionTest.Compare(0, 50, 0, 80);
        Assert.Equal(0, d.Z);
        Assert.Equal(1, d.PValue);
    }
}
