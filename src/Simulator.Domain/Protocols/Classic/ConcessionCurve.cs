namespace Simulator.Domain.Protocols.Classic;

/// <summary>The two families of Faratin, Sierra and Jennings' (1998) time-dependent tactics.</summary>
public enum ConcessionCurve
{
    /// <summary>α(t) = κ + (1 − κ)(t/tmax)^(1/β).</summary>
    Polynomial,

    /// <summary>α(t) = exp((1 − t/tmax)^β · ln κ); needs κ &gt; 0.</summary>
    Exponential,
}
