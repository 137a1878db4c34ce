namespace Simulator.Grains.Tests.Support;

/// <summary>A single-silo cluster, to compare with the two-silo one.</summary>
public sealed class OneSiloCluster() : ClusterFixture(1);
