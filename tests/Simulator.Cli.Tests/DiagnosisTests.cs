namespace Simulator.Cli.Tests;

public sealed class DiagnosisTests
{
    [Fact]
    public void A_table_where_nobody_can_yield_ends_with_a_diagnosis_not_a_hang()
    {
        var result = SimCli.Run("run", "tests/Simulator.Cli.Tests/Fixtures/nobody-yields.yaml", "--runs", "200");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No issue was agreed in any run", result.Out, StringComparison.Ordinal);
    }
}
