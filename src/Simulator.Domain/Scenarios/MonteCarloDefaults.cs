namespace Simulator.Domain.Scenarios;

/// <summary>The scenario's default experiment size and seed (the CLI's --runs and --seed override them).</summary>
public sealed record MonteCarloDefaults(int Runs, ulong Seed);
