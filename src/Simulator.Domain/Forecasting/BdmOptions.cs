namespace Simulator.Domain.Forecasting;

/// <summary>
/// Options of the expected-utility model. <see cref="ScholzCompatible"/> (on by default, so the
/// published example reproduces) uses the Scholz code's probability denominator — |votes| summed
/// over all voters and all ordered pairs of positions — and its ranking of compromises; off, the
/// textbook denominator Σ_k |v_k(i, j)| and the smallest compromise move.
/// </summary>
public sealed record BdmOptions(int Rounds = 10, bool ScholzCompatible = true);
