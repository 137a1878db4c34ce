namespace Simulator.Grains.Tests.Support;

[CollectionDefinition(Name)]
public sealed class OneSiloCollection : ICollectionFixture<OneSiloCluster>
{
    public const string Name = "one silo";
}
