namespace Simulator.Grains.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SiloFailureCollection : ICollectionFixture<ThreeSiloCluster>
{
    public const string Name = "silo failure";
}
