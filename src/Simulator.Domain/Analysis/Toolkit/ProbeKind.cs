namespace Simulator.Domain.Analysis.Toolkit;

/// <summary>What a sensitivity probe holds a parameter at.</summary>
public enum ProbeKind
{
    /// <summary>The lowest value of the declared range (the tornado's left end).</summary>
    Low,

    /// <summary>The highest value of the declared range (the tornado's right end).</summary>
    High,

    /// <summary>The midpoint quantile of one of the equal-probability bins (the global measure).</summary>
    Bin,
}
