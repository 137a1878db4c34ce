namespace Simulator.Grains.Tests.Support;

/// <summary>
/// A three-silo cluster whose silos tests may kill: one for the coordinator, one to kill, one to take
/// over. Calls to a killed silo fail at the response timeout, so it is short here (batches take milliseconds).
/// </summary>
public sealed class ThreeSiloCluster() : ClusterFixture(3, responseTimeoutSeconds: 4);
