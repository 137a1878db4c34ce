namespace Simulator.Domain.Tests.Forecasting;

/// <summary>The reference inputs and outputs copied from the oracles into the test output directory.</summary>
internal static class OracleFiles
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Oracles", .. parts]);

    public static string KtabDummy3Dim => Path("ktab", "dummyData_3Dim.csv");

    public static string KtabExpectedHistory => Path("ktab", "dummyData_3Dim.expected-history.txt");

    public static string BdmExampleActors => Path("bdm", "ExampleActors.csv");

    public static string BdmExampleLog => Path("bdm", "Example.log");
}
