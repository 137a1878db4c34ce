namespace Simulator.Domain.Scenarios;

/// <summary>The distribution a parameter is drawn from in Monte Carlo runs.</summary>
public abstract record Uncertainty
{
    /// <summary>The lowest and highest value the distribution can produce (after clamping).</summary>
    public abstract (double Min, double Max) Support { get; }
}

/// <summary>Uniform over [Min, Max].</summary>
public sealed record UniformUncertainty(double Min, double Max) : Uncertainty
{
    public override (double Min, double Max) Support => (Min, Max);
}

/// <summary>Triangular over [Min, Max] with its peak at Mode.</summary>
public sealed record TriangularUncertainty(double Min, double Mode, double Max) : Uncertainty
{
    public override (double Min, double Max) Support => (Min, Max);
}

/// <summary>Normal(Mean, Sd), clamped to [Min, Max].</summary>
public sealed record NormalUncertainty(double Mean, double Sd, double Min, double Max) : Uncertainty
{
    public override (double Min, double Max) Support => (Min, Max);
}
