namespace Simulator.Grains.Tests.Support;

/// <summary>A two-silo cluster (what <c>InProcessTestClusterBuilder</c> starts by default).</summary>
public sealed class TwoSiloCluster() : ClusterFixture(2);
